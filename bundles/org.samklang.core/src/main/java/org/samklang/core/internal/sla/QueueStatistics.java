package org.samklang.core.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Service-level figures of one queue, kept incrementally from events: a contact arrived, was answered,
 * abandoned or overflowed out, was completed or got its first response. Nothing scans history: each event
 * updates the running reporting interval (15 min by default) and today's totals in O(1), and closing an
 * interval only moves its totals to today's list of closed intervals.
 * <p>
 * Not thread-safe; the routing engine's single driving thread calls it. Every event carries its instant;
 * events must come in time order (the engine reads one clock). An event earlier than the running interval
 * is counted in the running interval. Intervals in which nothing happened are not listed.
 * Contract violations (an unknown or duplicate contact id) throw {@link IllegalArgumentException} and change
 * nothing; the engine validates before calling, so they indicate a bug.
 */
public final class QueueStatistics {

    private final ServiceLevelTarget target;
    private final ServiceLevelSettings settings;
    // Insertion order is arrival order because arrivals come in time order, so the first entry is the oldest.
    private final Map<String, Instant> waitingSince = new LinkedHashMap<>();
    private final List<IntervalFigures> closedToday = new ArrayList<>();
    private IntervalCounters current;
    private IntervalCounters today;

    /** Starts empty, with the interval and the day that contain {@code now}. */
    public QueueStatistics(ServiceLevelTarget target, ServiceLevelSettings settings, Instant now) {
        this.target = Objects.requireNonNull(target, "target");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.today = dayContaining(now);
        this.current = intervalContaining(now);
    }

    public ServiceLevelTarget target() {
        return target;
    }

    public ServiceLevelSettings settings() {
        return settings;
    }

    /** A contact entered the queue and waits. */
    public void arrived(String itemId, Instant at) {
        if (waitingSince.containsKey(itemId)) {
            throw new IllegalArgumentException("contact " + itemId + " is already waiting");
        }
        advanceTo(at);
        waitingSince.put(itemId, at);
    }

    /** A waiting contact was answered (its offer accepted); returns how long it waited. */
    public Duration answered(String itemId, Instant at) {
        Duration wait = leave(itemId, at);
        boolean withinTarget = wait.compareTo(target.threshold()) <= 0;
        current.countAnswered(wait, withinTarget);
        today.countAnswered(wait, withinTarget);
        return wait;
    }

    /** A waiting contact left before being answered. */
    public void abandoned(String itemId, Instant at) {
        Duration wait = leave(itemId, at);
        boolean shortAbandon = wait.compareTo(settings.shortAbandon()) <= 0;
        boolean withinTarget = wait.compareTo(target.threshold()) <= 0;
        current.countAbandoned(shortAbandon, withinTarget);
        today.countAbandoned(shortAbandon, withinTarget);
    }

    /** A waiting contact left the queue by overflow (voicemail); reported apart from the service level. */
    public void overflowedOut(String itemId, Instant at) {
        leave(itemId, at);
        current.countOverflowedOut();
        today.countOverflowedOut();
    }

    /** An answered contact was completed after {@code handleTime} (talk + hold + wrap-up). */
    public void completed(Duration handleTime, Instant at) {
        requireNotNegative("handle time", handleTime);
        advanceTo(at);
        current.countHandled(handleTime);
        today.countHandled(handleTime);
    }

    /** A contact got its first response {@code sinceArrival} after it arrived (digital channels). */
    public void firstResponse(Duration sinceArrival, Instant at) {
        requireNotNegative("first-response time", sinceArrival);
        advanceTo(at);
        current.countFirstResponse(sinceArrival);
        today.countFirstResponse(sinceArrival);
    }

    /** Contacts waiting now. */
    public int waiting() {
        return waitingSince.size();
    }

    /** When the oldest waiting contact arrived; empty when none waits. */
    public Optional<Instant> oldestArrival() {
        Iterator<Instant> oldest = waitingSince.values().iterator();
        return oldest.hasNext() ? Optional.of(oldest.next()) : Optional.empty();
    }

    /** Wait of the oldest waiting contact at {@code now}; zero when none waits. */
    public Duration longestWait(Instant now) {
        return oldestArrival().map(arrival -> nonNegative(Duration.between(arrival, now))).orElse(Duration.ZERO);
    }

    /** Today's totals so far. */
    public IntervalFigures today(Instant now) {
        advanceTo(now);
        return today.toFigures();
    }

    /** The running interval's totals so far. */
    public IntervalFigures currentInterval(Instant now) {
        advanceTo(now);
        return current.toFigures();
    }

    /** Today's closed intervals in which something happened, oldest first. */
    public List<IntervalFigures> closedIntervalsToday(Instant now) {
        advanceTo(now);
        return List.copyOf(closedToday);
    }

    private Duration leave(String itemId, Instant at) {
        Instant arrival = waitingSince.get(itemId);
        if (arrival == null) {
            throw new IllegalArgumentException("contact " + itemId + " is not waiting");
        }
        advanceTo(at);
        waitingSince.remove(itemId);
        return nonNegative(Duration.between(arrival, at));
    }

    private void advanceTo(Instant now) {
        if (now.isBefore(current.end())) {
            return;
        }
        if (current.hasEvents()) {
            closedToday.add(current.toFigures());
        }
        if (!now.isBefore(today.end())) {
            today = dayContaining(now);
            closedToday.clear();
        }
        current = intervalContaining(now);
    }

    private IntervalCounters dayContaining(Instant now) {
        ZonedDateTime midnight = now.atZone(settings.zone()).toLocalDate().atStartOfDay(settings.zone());
        ZonedDateTime nextMidnight = midnight.toLocalDate().plusDays(1).atStartOfDay(settings.zone());
        return new IntervalCounters(midnight.toInstant(), nextMidnight.toInstant());
    }

    private IntervalCounters intervalContaining(Instant now) {
        IntervalCounters day = dayContaining(now);
        long length = settings.interval().toSeconds();
        long sinceMidnight = Duration.between(day.start(), now).toSeconds();
        Instant start = day.start().plusSeconds(sinceMidnight / length * length);
        Instant end = start.plusSeconds(length);
        // A day shortened by a daylight-saving change ends early; never let an interval cross midnight.
        return new IntervalCounters(start, end.isAfter(day.end()) ? day.end() : end);
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static void requireNotNegative(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + duration);
        }
    }
}
