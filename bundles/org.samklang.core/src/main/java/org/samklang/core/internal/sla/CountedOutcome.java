package org.samklang.core.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing {@link QueueStatistics} counted, as it is kept in the store so that today's figures survive a restart:
 * what happened, when, and the duration it was counted with.
 *
 * @param kind     what happened
 * @param at       when it was counted (the engine's clock)
 * @param duration the wait of an answered, abandoned or overflowed contact; the handle time of a completed one; the
 *                 time from arrival to a first response; never negative
 */
public record CountedOutcome(Kind kind, Instant at, Duration duration) {

    /** What a queue counts. */
    public enum Kind {
        /** A waiting contact was answered; {@code duration} is its wait. */
        ANSWERED,
        /** A waiting contact left before an answer; {@code duration} is its wait. */
        ABANDONED,
        /** A waiting contact left by overflow (voicemail); {@code duration} is its wait. */
        OVERFLOWED_OUT,
        /** An answered contact was completed; {@code duration} is its handle time. */
        COMPLETED,
        /** A digital contact got its first response; {@code duration} is the time since it arrived. */
        FIRST_RESPONSE
    }

    public CountedOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(kind + " duration must not be negative, was " + duration);
        }
    }
}
