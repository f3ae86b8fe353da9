package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceState;

class DirectoryResultTest {

    private static PersonSearchHit hit(int i) {
        return People.hit(People.person("p" + i, "Person " + i, "Växel", "1" + i, ""), PresenceState.AVAILABLE,
                PresenceReason.NONE);
    }

    @Test
    void favouritesComeFirstThenTheHitsAndUnloadedRowsArePlaceholders() {
        DirectoryResult result = DirectoryResult.first(1, DirectoryFilter.EMPTY, List.of(hit(9)),
                new PersonPage(List.of(hit(0), hit(1)), 0, 5));

        assertEquals(6, result.rowCount());
        assertTrue(result.isFavouriteRow(0));
        assertEquals("p9", result.hit(0).orElseThrow().person().id());
        assertEquals("p0", result.hit(1).orElseThrow().person().id());
        assertEquals(Optional.empty(), result.hit(3));
        assertEquals(Optional.of(2), result.missingOffset(4), "the next page starts after the loaded hits");
        assertEquals(Optional.empty(), result.missingOffset(2));
    }

    @Test
    void aLaterPageIsAppendedOnlyWhenItContinuesTheLoadedHits() {
        DirectoryResult result = DirectoryResult.first(1, DirectoryFilter.EMPTY, List.of(),
                new PersonPage(List.of(hit(0), hit(1)), 0, 4));
        DirectoryResult more = result.append(new PersonPage(List.of(hit(2), hit(3)), 2, 4));
        DirectoryResult stray = result.append(new PersonPage(List.of(hit(3)), 3, 4));

        assertEquals(4, more.hits().size());
        assertEquals(1, more.generation());
        assertEquals(2, stray.hits().size());
    }

    @Test
    void indexOfPrefersTheFavouriteRow() {
        DirectoryResult result = DirectoryResult.first(1, DirectoryFilter.EMPTY, List.of(hit(1)),
                new PersonPage(List.of(hit(0), hit(1)), 0, 2));
        assertEquals(0, result.indexOf("p1"));
        assertEquals(1, result.indexOf("p0"));
        assertEquals(-1, result.indexOf("nobody"));
    }

    @Test
    void theFilterCleansPastedTextAndShowsFavouritesUntilTwoCharactersAreTyped() {
        DirectoryFilter pasted = DirectoryFilter.EMPTY.withText("  an\u200Bna\n" + "x".repeat(300));
        assertEquals(PersonQuery.MAX_TEXT_LENGTH, pasted.text().length());
        assertTrue(pasted.text().startsWith("anna x"));
        assertTrue(DirectoryFilter.EMPTY.withText("a").showsFavourites());
        assertFalse(DirectoryFilter.EMPTY.withText("an").showsFavourites());
    }

    @Test
    void theFiltersApplyToFavouritesWithDiacriticsFolded() {
        PersonSearchHit busy = People.hit(People.person("a", "Åke", "Försäljning", "1", ""), PresenceState.BUSY,
                PresenceReason.MEETING);
        assertTrue(DirectoryFilter.EMPTY.withDepartment("forsaljning").admits(busy));
        assertFalse(DirectoryFilter.EMPTY.withDepartment("Ekonomi").admits(busy));
        assertFalse(DirectoryFilter.EMPTY.withAvailableNowOnly(true).admits(busy));
    }
}
