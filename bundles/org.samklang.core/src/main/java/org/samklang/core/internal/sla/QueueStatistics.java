package org.samklang.core.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.samklang.core.internal.sla.CountedOutcome.Kind;

/**
 * Service-level figures of one queue, kept incrementally from events: a contact arrived, was answered,
 * abandoned or overflowed out, was completed or got its first response. Nothing scans history: each event
 * updates the running reporting interval (15 min by default) and today's totals in O(1), and closing an
 * interval only moves its totals to today's list of closed intervals.
 * <p>
 * Not thread-safe; the routing engine's single driving thread calls it. Every event carries its instant;
 * events must come in time order (the engine reads one clock). An event earlier than the running interval
 * is counted in the running interval. Intervals in which nothing happened are not listed. Arrivals may lie in the
 * past and come in any order (work re-queued after a restart keeps the customer's arrival time): the longest wait
 * is always that of the earliest arrival still waiting.
 * <p>
 * Everything counted is also handed to the {@linkplain #onCounted listener} as a {@link CountedOutcome}, so the
 * caller can keep it; {@link #restore} counts kept outcomes again after a restart, so today's figures do not start
 * over.
 * Contract violations (an unknown or duplicate contact id) throw {@link IllegalArgumentException} and change
 * nothing; the engine validates before calling, so they indicate a bug.
 */
public final class QueueStatistics {

    private final ServiceLevelTarget target;
    private final ServiceLevelSettings settings;
    private final Map<String, Instant> waitingSince = new HashMap<>();
    /** How many waiting contacts arrived at each instant; the first key is the oldest arrival. */
    private final TreeMap<Instant, Integer> arrivals = new TreeMap<>();
    private Consumer<CountedOutcome> listener = outcome -> {
    };
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

    /** Receives every outcome counted from now on (not restored ones), on the calling thread; replaces the last. */
    public void onCounted(Consumer<CountedOutcome> newListener) {
        listener = Objects.requireNonNull(newListener, "listener");
    }

    /** A contact entered the queue and waits; {@code at} is when the customer arrived, possibly in the past. */
    public void arrived(String itemId, Instant at) {
        if (waitingSince.containsKey(itemId)) {
            throw new IllegalArgumentException("contact " + itemId + " is already waiting");
        }
        advanceTo(at);
        waitingSince.put(itemId, at);
        arrivals.merge(at, 1, Integer::sum);
    }

    /** A waiting contact was answered (its offer accepted); returns how long it waited. */
    public Duration answered(String itemId, Instant at) {
        Duration wait = leave(itemId, at);
        counted(new CountedOutcome(Kind.ANSWERED, at, wait));
        return wait;
    }

    /** A waiting contact left before being answered. */
    public void abandoned(String itemId, Instant at) {
        counted(new CountedOutcome(Kind.ABANDONED, at, leave(itemId, at)));
    }

    /** A waiting contact left the queue by overflow (voicemail); reported apart from the service level. */
    public void overflowedOut(String itemId, Instant at) {
        counted(new CountedOutcome(Kind.OVERFLOWED_OUT, at, leave(itemId, at)));
    }

    /** An answered contact was completed after {@code handleTime} (talk + hold + wrap-up). */
    public void completed(Duration handleTime, Instant at) {
        requireNotNegative("handle time", handleTime);
        advanceTo(at);
        counted(new CountedOutcome(Kind.COMPLETED, at, handleTime));
    }

    /** A contact got its first response {@code sinceArrival} after it arrived (digital channels). */
    public void firstResponse(Duration sinceArrival, Instant at) {
        requireNotNegative("first-response time", sinceArrival);
        advanceTo(at);
        counted(new CountedOutcome(Kind.FIRST_RESPONSE, at, sinceArrival));
    }

    /**
     * Counts outcomes kept from before a restart into today's totals and intervals, each in the interval of its
     * instant, without telling the listener. Outcomes of another day or later than {@code now} are skipped; whether
     * a wait met the target is decided by today's target.
     *
     * @throws IllegalStateException if something was counted today already: restoring comes first
     */
    public void restore(List<CountedOutcome> outcomes, Instant now) {
        advanceTo(now);
        if (today.hasEvents() || !closedToday.isEmpty()) {
            throw new IllegalStateException("today's figures already count events; restore before counting");
        }
        List<CountedOutcome> ofToday = outcomes.stream()
                .filter(o -> !o.at().isBefore(today.start()) && !o.at().isAfter(now))
                .sorted(Comparator.comparing(CountedOutcome::at)).toList();
        if (ofToday.isEmpty()) {
            return;
        }
        current = intervalContaining(ofToday.get(0).at());
        for (CountedOutcome outcome : ofToday) {
            advanceTo(outcome.at());
            count(outcome);
        }
        advanceTo(now);
    }

    /** Contacts waiting now. */
    public int waiting() {
        return waitingSince.size();
    }

    /** When the oldest waiting contact arrived; empty when none waits. */
    public Optional<Instant> oldestArrival() {
        return arrivals.isEmpty() ? Optional.empty() : Optional.of(arrivals.firstKey());
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
        arrivals.computeIfPresent(arrival, (instant, count) -> count == 1 ? null : count - 1);
        return nonNegative(Duration.between(arrival, at));
    }

    private void counted(CountedOutcome outcome) {
        count(outcome);
        listener.accept(outcome);
    }

    private void count(CountedOutcome outcome) {
        Duration duration = outcome.duration();
        boolean withinTarget = duration.compareTo(target.threshold()) <= 0;
        switch (outcome.kind()) {
            case ANSWERED -> {
                current.countAnswered(duration, withinTarget);
                today.countAnswered(duration, withinTarget);
            }
            case ABANDONED -> {
                boolean shortAbandon = duration.compareTo(settings.shortAbandon()) <= 0;
                current.countAbandoned(shortAbandon, withinTarget);
                today.countAbandoned(shortAbandon, withinTarget);
            }
            case OVERFLOWED_OUT -> {
                current.countOverflowedOut();
                today.countOverflowedOut();
            }
            case COMPLETED -> {
                current.countHandled(duration);
                today.countHandled(duration);
            }
            case FIRST_RESPONSE -> {
                current.countFirstResponse(duration);
                today.countFirstResponse(duration);
            }
        }
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
