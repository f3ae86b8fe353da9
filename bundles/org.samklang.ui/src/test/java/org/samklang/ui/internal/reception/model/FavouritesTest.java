package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FavouritesTest {

    /** A store that keeps one string, like the preference node. */
    static final class MemoryStore implements FavouriteStore {

        String stored = "";
        int saves;

        @Override
        public String load() {
            return stored;
        }

        @Override
        public void save(String encoded) {
            stored = encoded;
            saves++;
        }
    }

    @Test
    void pinnedPeopleSurviveARestartInTheOrderPinned() {
        MemoryStore store = new MemoryStore();
        Favourites first = new Favourites(store);
        assertTrue(first.toggle("karin"));
        assertTrue(first.toggle("anders"));

        Favourites afterRestart = new Favourites(store);

        assertEquals(List.of("karin", "anders"), afterRestart.ids());
        assertTrue(afterRestart.contains("anders"));
    }

    @Test
    void togglingAgainUnpinsAndStoresThat() {
        MemoryStore store = new MemoryStore();
        Favourites favourites = new Favourites(store);
        favourites.toggle("karin");
        assertFalse(favourites.toggle("karin"));
        assertEquals(List.of(), new Favourites(store).ids());
        assertEquals(2, store.saves);
    }

    @Test
    void aDamagedStoredValueLosesOnlyItsBadParts() {
        MemoryStore store = new MemoryStore();
        store.stored = "  karin \u0007bell karin " + "x".repeat(500) + "\n\tanders ";
        assertEquals(List.of("karin", "anders"), new Favourites(store).ids());
    }

    @Test
    void atMostTwoHundredAreKept() {
        MemoryStore store = new MemoryStore();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append("p").append(i).append(' ');
        }
        store.stored = many.toString();
        Favourites favourites = new Favourites(store);
        assertEquals(Favourites.MAX_FAVOURITES, favourites.ids().size());
        assertThrows(IllegalStateException.class, () -> favourites.toggle("one-more"));
    }

    @Test
    void anIdWithWhitespaceIsRejectedSoTheStoredFormStaysParseable() {
        Favourites favourites = new Favourites(new MemoryStore());
        assertThrows(IllegalArgumentException.class, () -> favourites.toggle("two words"));
        assertEquals(List.of(), favourites.ids());
    }
}
