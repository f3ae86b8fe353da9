package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DiceTest {

    private static List<Integer> draws(long seed, String purpose) {
        Dice dice = new Dice(seed, purpose);
        List<Integer> draws = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            draws.add(dice.between(0, 1_000_000));
        }
        return draws;
    }

    @Test
    void sameSeedAndPurpose_giveTheSameDraws() {
        assertEquals(draws(7, "crm"), draws(7, "crm"));
    }

    @Test
    void anotherSeedOrPurpose_givesOtherDraws() {
        assertNotEquals(draws(7, "crm"), draws(8, "crm"));
        assertNotEquals(draws(7, "day:1"), draws(7, "day:2"));
    }

    @Test
    void between_staysInItsRange_andRejectsAnEmptyOne() {
        Dice dice = new Dice(1, "range");
        for (int i = 0; i < 1_000; i++) {
            int value = dice.between(-3, 3);
            assertTrue(value >= -3 && value <= 3, "value " + value);
        }
        assertThrows(IllegalArgumentException.class, () -> dice.between(2, 1));
    }

    @Test
    void asciiFold_turnsNordicNamesIntoAddressParts() {
        assertEquals("orjan.saether", AsciiFold.fold("Ørjan Sæther"));
        assertEquals("ake.ostrom", AsciiFold.fold("Åke Öström"));
        assertEquals("linnea", AsciiFold.fold("Linnéa"));
    }
}
