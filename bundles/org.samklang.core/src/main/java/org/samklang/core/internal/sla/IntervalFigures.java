package org.samklang.core.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.samklang.core.api.model.QueueFigures.ServiceLevelVariant;

/**
 * Totals of one queue over one period (a reporting interval or "today so far"). Contacts count in the
 * period in which they were answered, abandoned or overflowed out, so every contact counted in a
 * denominator also had its chance to count in the numerator.
 *
 * @param start                 first instant of the period
 * @param end                   end of the period (exclusive); for a running period, the end it will have
 * @param answered              contacts answered (offer accepted)
 * @param answeredWithinTarget  answered with a wait of at most T
 * @param abandoned             contacts that left before being answered, short abandons included
 * @param shortAbandoned        abandoned within the short-abandon threshold
 * @param abandonedWithinTarget abandoned with a wait of at most T, short abandons included
 * @param overflowedOut         contacts that left the queue by overflow (voicemail); not in any service level
 * @param totalAnswerWait       sum of the waits of answered contacts (for ASA)
 * @param handled               contacts completed
 * @param totalHandleTime       sum of talk + hold + wrap-up of completed contacts (for AHT)
 * @param firstResponses        contacts that got a first response (digital channels)
 * @param totalFirstResponse    sum of arrival-to-first-response times
 */
public record IntervalFigures(Instant start, Instant end, long answered, long answeredWithinTarget, long abandoned,
        long shortAbandoned, long abandonedWithinTarget, long overflowedOut, Duration totalAnswerWait, long handled,
        Duration totalHandleTime, long firstResponses, Duration totalFirstResponse) {

    public IntervalFigures {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(totalAnswerWait, "totalAnswerWait");
        Objects.requireNonNull(totalHandleTime, "totalHandleTime");
        Objects.requireNonNull(totalFirstResponse, "totalFirstResponse");
        if (answered < 0 || abandoned < 0 || overflowedOut < 0 || handled < 0 || firstResponses < 0
                || answeredWithinTarget < 0 || answeredWithinTarget > answered
                || shortAbandoned < 0 || shortAbandoned > abandoned
                || abandonedWithinTarget < 0 || abandonedWithinTarget > abandoned) {
            throw new IllegalArgumentException("inconsistent interval counts: answered " + answered + " (within T "
                    + answeredWithinTarget + "), abandoned " + abandoned + " (short " + shortAbandoned
                    + ", within T " + abandonedWithinTarget + ")");
        }
    }

    /** Answered + abandoned: the contacts that reached an outcome in the queue. */
    public long offered() {
        return answered + abandoned;
    }

    /** The service level in percent by {@code variant}; empty while its denominator is zero. */
    public OptionalDouble serviceLevelPercent(ServiceLevelVariant variant) {
        long met;
        long denominator;
        switch (variant) {
            case OFFERED_MINUS_SHORT_ABANDONS -> {
                met = answeredWithinTarget;
                denominator = answered + abandoned - shortAbandoned;
            }
            case ANSWERED_ONLY -> {
                met = answeredWithinTarget;
                denominator = answered;
            }
            case ABANDONS_WITHIN_TARGET_MET -> {
                met = answeredWithinTarget + abandonedWithinTarget;
                denominator = answered + abandoned;
            }
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        }
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * met / denominator);
    }

    /** ASA: average wait of answered contacts. */
    public Optional<Duration> averageSpeedOfAnswer() {
        return average(totalAnswerWait, answered);
    }

    /** AHT: average talk + hold + wrap-up of completed contacts. */
    public Optional<Duration> averageHandleTime() {
        return average(totalHandleTime, handled);
    }

    /** Average first-response time. */
    public Optional<Duration> averageFirstResponse() {
        return average(totalFirstResponse, firstResponses);
    }

    private static Optional<Duration> average(Duration total, long count) {
        return count == 0 ? Optional.empty() : Optional.of(total.dividedBy(count));
    }
}
