package org.samklang.sandbox.internal.directory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.sandbox.internal.Dice;

/**
 * Makes a person's calendar, the same for the same seed: vacation weeks, courses, business trips, lunch and
 * meetings, each entry with its reason, an until time and AVAILABLE as the next state, the way Nordic
 * presence-diversion systems read them from the calendar. Entries of one day never overlap and leave at least a
 * quarter of an hour between them, so "next" is always true.
 */
final class CalendarGenerator {

    private static final Duration GAP = Duration.ofMinutes(15);
    private static final List<Integer> MEETING_MINUTES = List.of(30, 45, 60, 60, 90);

    private final long seed;
    private final ZoneId zone;

    CalendarGenerator(long seed, ZoneId zone) {
        this.seed = seed;
        this.zone = zone;
    }

    /** {@return the entries of {@code days} days from {@code first}, earliest first, confirmed at {@code now}} */
    List<PresenceReport> entries(String personId, Department department, LocalDate first, int days, Instant now) {
        List<PresenceReport> entries = new ArrayList<>();
        LocalDate backFromVacation = null;
        for (LocalDate date = first; date.isBefore(first.plusDays(days)); date = date.plusDays(1)) {
            LocalDate monday = date.with(DayOfWeek.MONDAY);
            if (onVacation(personId, monday)) {
                if (backFromVacation == null || !monday.isBefore(backFromVacation)) {
                    backFromVacation = firstMondayBack(personId, monday);
                    entries.add(entry(personId, PresenceState.AWAY, PresenceReason.VACATION,
                            monday.atStartOfDay(zone).toInstant(), at(backFromVacation, LocalTime.of(8, 0)), now));
                }
            } else if (isWorkingDay(personId, department, date)) {
                // On the morning back from vacation nothing may start before the vacation entry has ended.
                Instant earliest = date.equals(backFromVacation) ? at(date, LocalTime.of(8, 0)).plus(GAP) : Instant.MIN;
                day(personId, department, date, now).stream().filter(entry -> !entry.from().isBefore(earliest))
                        .forEach(entries::add);
            }
        }
        return List.copyOf(entries);
    }

    /** Consecutive vacation weeks make one entry, so "back at" is the real return (at most four weeks on). */
    private LocalDate firstMondayBack(String personId, LocalDate monday) {
        LocalDate back = monday.plusWeeks(1);
        while (onVacation(personId, back) && back.isBefore(monday.plusWeeks(4))) {
            back = back.plusWeeks(1);
        }
        return back;
    }

    private boolean onVacation(String personId, LocalDate monday) {
        return new Dice(seed, "vacation:" + personId + ":" + monday).chance(0.04);
    }

    private boolean isWorkingDay(String personId, Department department, LocalDate date) {
        Workday workday = Workday.plan(seed, personId, department, date, zone);
        return workday.kind() == Workday.Kind.WORKING;
    }

    private List<PresenceReport> day(String personId, Department department, LocalDate date, Instant now) {
        Dice dice = new Dice(seed, "calendar:" + personId + ":" + date);
        double roll = dice.fraction();
        if (roll < 0.02) {
            return List.of(entry(personId, PresenceState.BUSY, PresenceReason.COURSE, at(date, LocalTime.of(8, 30)),
                    at(date, LocalTime.of(16, 30)), now));
        }
        if (roll < 0.04) {
            return List.of(entry(personId, PresenceState.AWAY, PresenceReason.BUSINESS_TRIP,
                    at(date, LocalTime.of(7, 0)), at(date, LocalTime.of(18, 0)), now));
        }
        List<PresenceReport> day = new ArrayList<>();
        if (dice.chance(0.75)) {
            Instant lunch = at(date, LocalTime.of(11, 0).plusMinutes(15L * dice.between(0, 6)));
            day.add(entry(personId, PresenceState.AWAY, PresenceReason.LUNCH, lunch,
                    lunch.plus(Duration.ofMinutes(dice.pick(List.of(30, 45, 60)))), now));
        }
        if (department != Department.RECEPTION) {
            int meetings = meetingCount(dice);
            for (int i = 0; i < meetings; i++) {
                placeMeeting(personId, department, date, dice, day, now);
            }
        }
        day.sort((a, b) -> a.from().compareTo(b.from()));
        return day;
    }

    private static int meetingCount(Dice dice) {
        double roll = dice.fraction();
        return roll < 0.3 ? 0 : roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3;
    }

    private void placeMeeting(String personId, Department department, LocalDate date, Dice dice,
            List<PresenceReport> day, Instant now) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Instant start = at(date, LocalTime.of(8, 0).plusMinutes(15L * dice.between(0, 32)));
            Instant end = start.plus(Duration.ofMinutes(dice.pick(MEETING_MINUTES)));
            if (end.isAfter(at(date, LocalTime.of(17, 0))) || overlaps(day, start, end)) {
                continue;
            }
            PresenceReason reason = meetingReason(department, dice);
            day.add(entry(personId, PresenceState.BUSY, reason, start, end, now));
            return;
        }
    }

    private static PresenceReason meetingReason(Department department, Dice dice) {
        double roll = dice.fraction();
        if (department == Department.KUNDTJANST && roll < 0.1) {
            return PresenceReason.COACHING;
        }
        return roll < 0.18 ? PresenceReason.TRAINING : PresenceReason.MEETING;
    }

    private static boolean overlaps(List<PresenceReport> day, Instant start, Instant end) {
        return day.stream().anyMatch(entry -> start.isBefore(entry.until().plus(GAP))
                && entry.from().isBefore(end.plus(GAP)));
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static PresenceReport entry(String personId, PresenceState state, PresenceReason reason, Instant from,
            Instant until, Instant now) {
        return new PresenceReport(personId, PresenceSourceKind.CALENDAR, state, reason, from, until,
                PresenceState.AVAILABLE, now);
    }
}
