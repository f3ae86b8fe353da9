package org.samklang.ui.internal.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Instants in the viewer's time zone and language: "10:42" today, "12 Nov 10:42" this year, "12 Nov 2024"
 * before. The engine works in UTC; only the UI converts. Thread-safe.
 */
public final class TimeTexts {

    private final Clock clock;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayAndTime;
    private final DateTimeFormatter day;
    private final DateTimeFormatter fullDate;

    /** @param clock the current time and the viewer's zone ({@link Clock#systemDefaultZone()} in the desktop) */
    public TimeTexts(Clock clock, UiMessages messages) {
        this.clock = Objects.requireNonNull(clock, "clock");
        var locale = messages.locale();
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.dayAndTime = DateTimeFormatter.ofPattern("d MMM HH:mm", locale);
        this.day = DateTimeFormatter.ofPattern("d MMM", locale);
        this.fullDate = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    /** {@return the clock these texts are relative to} */
    public Clock clock() {
        return clock;
    }

    /** {@return "10:42" today, else the day as well} */
    public String moment(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (at.toLocalDate().equals(today)) {
            return time.format(at);
        }
        return at.getYear() == today.getYear() ? dayAndTime.format(at) : fullDate.format(at);
    }

    /** {@return "14:00" when the instant is today, else "12 Nov" (the switchboard's "back on...")} */
    public String until(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        return at.toLocalDate().equals(LocalDate.now(clock)) ? time.format(at) : day.format(at);
    }

    /** {@return a calendar date, "12 Nov" this year, else with the year} */
    public String date(LocalDate date) {
        return date.getYear() == LocalDate.now(clock).getYear() ? day.format(date) : fullDate.format(date);
    }
}
