package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneColoursTest {

    private static final double AA = 4.5;

    @Test
    void everyToneReadsAtAaOnItsThemesBackground() {
        for (Tone tone : Tone.values()) {
            if (tone == Tone.NORMAL) {
                continue;
            }
            double light = ToneColours.contrast(ToneColours.of(tone, false), ToneColours.LIGHT_BACKGROUND);
            double dark = ToneColours.contrast(ToneColours.of(tone, true), ToneColours.DARK_BACKGROUND);
            assertTrue(light >= AA, tone + " on light: " + light);
            assertTrue(dark >= AA, tone + " on dark: " + dark);
        }
    }

    @Test
    void theLightTonesWouldNotDoOnTheDarkBackground_soTheThemesReallyNeedTheirOwn() {
        double errorOnDark = ToneColours.contrast(ToneColours.of(Tone.ERROR, false), ToneColours.DARK_BACKGROUND);
        assertTrue(errorOnDark < AA, "light red on dark: " + errorOnDark);
    }

    @Test
    void contrastIsSymmetricAndSpansOneToTwentyOne() {
        assertEquals(21.0, ToneColours.contrast(0x000000, 0xFFFFFF), 0.01);
        assertEquals(1.0, ToneColours.contrast(0x336699, 0x336699), 0.0001);
        assertEquals(ToneColours.contrast(0x123456, 0xABCDEF), ToneColours.contrast(0xABCDEF, 0x123456), 0.0001);
    }

    @Test
    void normalLeavesTheWidgetsOwnColour() {
        assertEquals(-1, ToneColours.of(Tone.NORMAL, true));
        assertEquals(-1, ToneColours.of(Tone.NORMAL, false));
    }
}
