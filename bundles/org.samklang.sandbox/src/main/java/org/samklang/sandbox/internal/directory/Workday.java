package org.samklang.sandbox.internal.directory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.PresenceState;
import org.samklang.sandbox.internal.Dice;

/**
 * One person's day at the sandbox company, the same for the same seed: whether they work, are sick or off, when
 * they arrive and leave, and when their chat client goes idle. The chat server's state follows from it.
 *
 * @param dayStart local midnight starting the day
 * @param kind     what kind of day it is
 * @param arrive   when they log on (the day's start for a day without work)
 * @param leave    when they log off (the day's start for a day without work)
 * @param idle     short idle periods of the chat client during the day, in order
 */
record Workday(Instant dayStart, Kind kind, Instant arrive, Instant leave, List<Period> idle) {

    /** What kind of day. */
    enum Kind {
        WORKING, OFF, SICK, WEEKEND
    }

    /** A stretch of time [start, end). */
    record Period(Instant start, Instant end) {

        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }
    }

    /** The chat server's state at an instant and since when it holds. */
    record ChatState(PresenceState state, Instant since) {
    }

    static Workday plan(long seed, String personId, Department department, LocalDate date, ZoneId zone) {
        Instant midnight = date.atStartOfDay(zone).toInstant();
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new Workday(midnight, Kind.WEEKEND, midnight, midnight, List.of());
        }
        Dice dice = new Dice(seed, "workday:" + personId + ":" + date);
        double roll = dice.fraction();
        if (roll < 0.08) {
            return new Workday(midnight, roll < 0.03 ? Kind.SICK : Kind.OFF, midnight, midnight, List.of());
        }
        LocalTime start = department == Department.RECEPTION
                ? LocalTime.of(7, 30).plusMinutes(5L * dice.between(0, 6))
                : LocalTime.of(7, 0).plusMinutes(5L * dice.between(0, 30));
        Instant arrive = date.atTime(start).atZone(zone).toInstant();
        Instant leave = arrive.plus(Duration.ofHours(8)).plusSeconds(300L * dice.between(0, 12));
        return new Workday(midnight, Kind.WORKING, arrive, leave, idlePeriods(dice, arrive, leave));
    }

    private static List<Period> idlePeriods(Dice dice, Instant arrive, Instant leave) {
        List<Period> periods = new ArrayList<>();
        int count = dice.between(0, 2);
        Instant firstSlot = arrive.plus(Duration.ofHours(1));
        for (int i = 0; i < count; i++) {
            Instant start = firstSlot.plus(Duration.ofHours(3L * i)).plus(Duration.ofMinutes(dice.between(0, 150)));
            Instant end = start.plus(Duration.ofMinutes(dice.between(10, 25)));
            if (end.isBefore(leave)) {
                periods.add(new Period(start, end));
            }
        }
        return List.copyOf(periods);
    }

    /** {@return true if the person is at work and their chat client is active at {@code at}} */
    boolean activeAt(Instant at) {
        return chatStateAt(at).state() == PresenceState.AVAILABLE;
    }

    /** {@return what the chat server says at {@code at}, an instant of this day} */
    ChatState chatStateAt(Instant at) {
        if (kind != Kind.WORKING || at.isBefore(arrive)) {
            return new ChatState(PresenceState.OFFLINE, dayStart);
        }
        if (!at.isBefore(leave)) {
            return new ChatState(PresenceState.OFFLINE, leave);
        }
        Instant since = arrive;
        for (Period period : idle) {
            if (period.contains(at)) {
                return new ChatState(PresenceState.AWAY, period.start());
            }
            if (!at.isBefore(period.end())) {
                since = period.end();
            }
        }
        return new ChatState(PresenceState.AVAILABLE, since);
    }
}
