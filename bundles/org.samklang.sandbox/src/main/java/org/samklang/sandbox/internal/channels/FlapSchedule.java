package org.samklang.sandbox.internal.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samklang.sandbox.internal.Dice;

/**
 * When a sandbox channel briefly loses its server, so the status line shows something real: in about half of the
 * periods of the schedule there is one short outage at a seeded moment. A pure function of the instant, so health
 * never needs a timer and a test can ask about any moment.
 *
 * @param seed      the seed
 * @param period    the length of one period, e.g. 6 minutes
 * @param minOutage the shortest outage
 * @param maxOutage the longest outage, shorter than the period
 */
record FlapSchedule(long seed, Duration period, Duration minOutage, Duration maxOutage) {

    /** One outage [start, end). */
    record Outage(Instant start, Instant end) {
    }

    FlapSchedule {
        if (period.compareTo(maxOutage.multipliedBy(2)) < 0 || minOutage.compareTo(maxOutage) > 0
                || minOutage.isNegative() || minOutage.isZero()) {
            throw new IllegalArgumentException("need 0 < minOutage <= maxOutage <= period / 2");
        }
    }

    /** {@return the outage in progress at {@code at}, if any} */
    Optional<Outage> outageAt(Instant at) {
        return outageOf(cycleOf(at)).filter(outage -> !at.isBefore(outage.start()) && at.isBefore(outage.end()));
    }

    /** {@return the end of the latest outage that ended at or before {@code at}, searching a few periods back} */
    Optional<Instant> lastRecoveryBefore(Instant at) {
        for (long cycle = cycleOf(at); cycle > cycleOf(at) - 8; cycle--) {
            Optional<Outage> outage = outageOf(cycle);
            if (outage.isPresent() && !outage.get().end().isAfter(at)) {
                return Optional.of(outage.get().end());
            }
        }
        return Optional.empty();
    }

    private long cycleOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), period.getSeconds());
    }

    private Optional<Outage> outageOf(long cycle) {
        Dice dice = new Dice(seed, "flap:" + cycle);
        if (!dice.chance(0.5)) {
            return Optional.empty();
        }
        long length = dice.between((int) minOutage.getSeconds(), (int) maxOutage.getSeconds());
        long offset = dice.between(0, (int) (period.getSeconds() - length));
        Instant start = Instant.ofEpochSecond(cycle * period.getSeconds() + offset);
        return Optional.of(new Outage(start, start.plusSeconds(length)));
    }
}
