package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DurationsTest {

    private final Durations english = new Durations(UiMessages.forLocale(Locale.ENGLISH));

    @Test
    void compactUsesTheLargestWholeUnit() {
        assertEquals("42 s", english.compact(Duration.ofSeconds(42)));
        assertEquals("4 min", english.compact(Duration.ofSeconds(4 * 60 + 59)));
        assertEquals("2 h", english.compact(Duration.ofMinutes(179)));
        assertEquals("3 d", english.compact(Duration.ofHours(80)));
    }

    @Test
    void aNegativeDurationFromClockSkewShowsAsZero() {
        assertEquals("0 s", english.compact(Duration.ofSeconds(-30)));
        assertEquals("0:00", Durations.clock(Duration.ofSeconds(-30)));
    }

    @Test
    void swedishHoursReadAsTimmar() {
        assertEquals("2 tim", new Durations(UiMessages.forLocale(Locale.forLanguageTag("sv"))).compact(
                Duration.ofHours(2)));
    }

    @Test
    void clockLooksLikeAWallboard() {
        assertEquals("0:42", Durations.clock(Duration.ofSeconds(42)));
        assertEquals("12:05", Durations.clock(Duration.ofSeconds(12 * 60 + 5)));
        assertEquals("1:02:03", Durations.clock(Duration.ofSeconds(3723)));
    }
}
