package org.samklang.core.internal.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * Mutable running totals behind an {@link IntervalFigures}. Times are summed in milliseconds, which cannot
 * overflow in practice (a long of milliseconds is 292 million years).
 */
final class IntervalCounters {

    private final Instant start;
    private final Instant end;
    private long answered;
    private long answeredWithinTarget;
    private long abandoned;
    private long shortAbandoned;
    private long abandonedWithinTarget;
    private long overflowedOut;
    private long answerWaitMillis;
    private long handled;
    private long handleMillis;
    private long firstResponses;
    private long firstResponseMillis;

    IntervalCounters(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    boolean hasEvents() {
        return answered + abandoned + overflowedOut + handled + firstResponses > 0;
    }

    void countAnswered(Duration wait, boolean withinTarget) {
        answered++;
        answerWaitMillis += wait.toMillis();
        if (withinTarget) {
            answeredWithinTarget++;
        }
    }

    void countAbandoned(boolean shortAbandon, boolean withinTarget) {
        abandoned++;
        if (shortAbandon) {
            shortAbandoned++;
        }
        if (withinTarget) {
            abandonedWithinTarget++;
        }
    }

    void countOverflowedOut() {
        overflowedOut++;
    }

    void countHandled(Duration handleTime) {
        handled++;
        handleMillis += handleTime.toMillis();
    }

    void countFirstResponse(Duration sinceArrival) {
        firstResponses++;
        firstResponseMillis += sinceArrival.toMillis();
    }

    IntervalFigures toFigures() {
        return new IntervalFigures(start, end, answered, answeredWithinTarget, abandoned, shortAbandoned,
                abandonedWithinTarget, overflowedOut, Duration.ofMillis(answerWaitMillis), handled,
                Duration.ofMillis(handleMillis), firstResponses, Duration.ofMillis(firstResponseMillis));
    }
}
