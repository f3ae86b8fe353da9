package org.samklang.core.api.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Live figures of one queue, as the UI shows them ("Phone 3 waiting 0:42 SL 87%").
 * <p>
 * {@link #waiting()}, {@link #longestWait()}, {@link #agentsReady()}, {@link #agentsRinging()} and
 * {@link #overflows()} are the state
 * at {@link #asOf()}; the service level, ASA, AHT and first-response time are today's running totals.
 * Averages are empty until there is at least one contact to average; the service level is empty while its
 * denominator is zero. First-response time applies to digital channels only and is always empty for voice.
 * Immutable snapshot; obtaining one never blocks. The compact constructor rejects negative counts and
 * durations and a service level outside 0-100.
 *
 * @param queueId              the queue's id
 * @param name                 the queue's display name; empty for a queue nobody named (the desk's default queues),
 *                             which the desktop names by its media type in the user's language
 * @param mediaType            the queue's media type
 * @param waiting              contacts waiting now (including ones being offered)
 * @param longestWait          wait of the oldest waiting contact, zero when none waits
 * @param serviceLevelPercent  today's service level in percent (0-100), computed by {@link #variant()}
 * @param targetPercent        the service-level goal in percent, e.g. 80
 * @param targetTime           the service-level threshold T, e.g. 20 s
 * @param variant              how the service level's denominator is counted; show its name in the UI
 * @param agentsReady          agents in the Ready state with room for this queue's work; one whose offer is ringing
 *                             counts (the offer is not work in hand yet)
 * @param agentsRinging        of {@link #agentsReady()}, those with an offer ringing now: not free for another
 * @param averageSpeedOfAnswer ASA today
 * @param averageHandleTime    AHT today: talk (or chat/write) + hold + wrap-up
 * @param firstResponseTime    average first-response time today (digital channels)
 * @param overflows            active overflow episodes of this queue, in rule order
 * @param asOf                 when the figures were taken
 */
public record QueueFigures(String queueId, String name, MediaType mediaType, int waiting, Duration longestWait,
        OptionalDouble serviceLevelPercent, int targetPercent, Duration targetTime, ServiceLevelVariant variant,
        int agentsReady, int agentsRinging, Optional<Duration> averageSpeedOfAnswer,
        Optional<Duration> averageHandleTime,
        Optional<Duration> firstResponseTime, List<OverflowState> overflows, Instant asOf) {

    /**
     * Variants of the service level's denominator (see the domain glossary). Contacts answered within the
     * target time T are always "met"; a short abandon is one that left within the short-abandon threshold
     * (5 s by default).
     */
    public enum ServiceLevelVariant {
        /** Answered within T / (answered + abandoned - short abandons). The default. */
        OFFERED_MINUS_SHORT_ABANDONS,
        /** Answered within T / answered: abandons are ignored. */
        ANSWERED_ONLY,
        /** (Answered within T + abandoned within T) / (answered + abandoned). */
        ABANDONS_WITHIN_TARGET_MET
    }

    public QueueFigures {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(serviceLevelPercent, "serviceLevelPercent");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(averageSpeedOfAnswer, "averageSpeedOfAnswer");
        Objects.requireNonNull(averageHandleTime, "averageHandleTime");
        Objects.requireNonNull(firstResponseTime, "firstResponseTime");
        Objects.requireNonNull(asOf, "asOf");
        requireNotNegative("waiting", waiting);
        requireNotNegative("agentsReady", agentsReady);
        requireNotNegative("agentsRinging", agentsRinging);
        if (agentsRinging > agentsReady) {
            throw new IllegalArgumentException("agentsRinging (" + agentsRinging + ") must not exceed agentsReady ("
                    + agentsReady + ")");
        }
        requireNotNegative("longestWait", longestWait);
        requireNotNegative("targetTime", targetTime);
        if (targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException("targetPercent must be 1-100, was " + targetPercent);
        }
        if (serviceLevelPercent.isPresent()
                && !(serviceLevelPercent.getAsDouble() >= 0 && serviceLevelPercent.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("serviceLevelPercent must be 0-100, was " + serviceLevelPercent);
        }
        overflows = List.copyOf(overflows);
    }

    private static void requireNotNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
    }

    private static void requireNotNegative(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
    }
}
