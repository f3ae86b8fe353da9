package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void controlZeroWidthAndBidiCharactersAreRemoved() {
        String hostile = "Pay\u0000 to\u200B acc\u202Eount\u2066 1234\u00AD\uFEFF\u0007";
        assertEquals("Pay to account 1234", DisplayText.clean(hostile));
    }

    @Test
    void lineBreaksOfEveryKindBecomeNewlinesAndBlankRunsShrinkToOne() {
        assertEquals("one\ntwo\n\nthree", DisplayText.clean("one\r\ntwo\r\n\r\n  \n\n\u2028three\n\n"));
    }

    @Test
    void tabsBecomeSpacesAndLoneSurrogatesGo() {
        assertEquals("a b", DisplayText.clean("a\tb\uD800"));
    }

    @Test
    void emojiAndAccentsSurvive() {
        assertEquals("Hej Åsa \uD83D\uDCAC", DisplayText.clean("Hej Åsa \uD83D\uDCAC"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", DisplayText.clean(null));
        assertEquals("", DisplayText.oneLine(null, 10));
    }

    @Test
    void oneLineCollapsesWhitespaceAndCaps() {
        assertEquals("Var är min order?", DisplayText.oneLine("  Var är\n\n min\t order? ", 100));
        assertEquals("Var är m…", DisplayText.oneLine("Var är min order?", 9));
    }

    @Test
    void capNeverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDCACcd";
        String capped = DisplayText.cap(text, 4);
        assertEquals("ab…", capped);
        assertTrue(capped.length() <= 4);
    }

    @Test
    void capRejectsANonsenseLimit() {
        assertThrows(IllegalArgumentException.class, () -> DisplayText.cap("x", 0));
    }

    @Test
    void firstLinesKeepsTheStartAndMarksTheCut() {
        assertEquals("1\n2…", DisplayText.firstLines("1\n2\n3\n4", 2, 100));
        assertEquals("1\n2", DisplayText.firstLines("1\n2", 2, 100));
        assertEquals("abcd…", DisplayText.firstLines("abcdefgh", 5, 5));
    }

    @Test
    void aMegabyteLineIsCutQuickly() {
        String huge = "x".repeat(1_048_576);
        assertEquals(81, DisplayText.oneLine(huge, 80).length() + 1);
    }

    @Test
    void prefixKeepsSurrogatePairsWhole() {
        assertEquals("ab", DisplayText.prefix("ab\uD83D\uDCAC", 3));
        assertEquals("abc", DisplayText.prefix("abc", 3));
    }
}
