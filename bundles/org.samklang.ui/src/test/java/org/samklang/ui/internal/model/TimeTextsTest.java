package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeTextsTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final TimeTexts texts = new TimeTexts(Clock.fixed(Instant.parse("2025-11-14T09:00:00Z"), STOCKHOLM),
            UiMessages.forLocale(Locale.ENGLISH));

    @Test
    void todayShowsOnlyTheTimeInTheViewersZone() {
        assertEquals("10:42", texts.moment(Instant.parse("2025-11-14T09:42:00Z")));
    }

    @Test
    void earlierThisYearShowsDayAndTime() {
        assertEquals("12 Nov 10:42", texts.moment(Instant.parse("2025-11-12T09:42:00Z")));
    }

    @Test
    void anotherYearShowsTheYear() {
        assertEquals("12 Nov 2024", texts.moment(Instant.parse("2024-11-12T09:42:00Z")));
    }

    @Test
    void untilIsATimeTodayAndADayLater() {
        assertEquals("14:00", texts.until(Instant.parse("2025-11-14T13:00:00Z")));
        assertEquals("17 Nov", texts.until(Instant.parse("2025-11-17T07:00:00Z")));
    }

    @Test
    void datesOfThisYearOmitTheYear() {
        assertEquals("3 Jan", texts.date(LocalDate.of(2025, 1, 3)));
        assertEquals("3 Jan 2023", texts.date(LocalDate.of(2023, 1, 3)));
    }
}
