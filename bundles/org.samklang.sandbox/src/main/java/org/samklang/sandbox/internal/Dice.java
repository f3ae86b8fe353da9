package org.samklang.sandbox.internal;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A seeded random generator with the few draws demo data needs. Each purpose ("crm", "calendar:emp-0042:2025-11-14")
 * gets its own stream derived from the seed, so adding draws in one place never changes the data of another, and
 * the same seed always yields the same data (SplittableRandom's algorithm is fixed by its specification).
 * Not thread-safe: use one per thread or guard it.
 */
public final class Dice {

    private final RandomGenerator random;

    /** A stream for {@code purpose} derived from {@code seed}. */
    public Dice(long seed, String purpose) {
        this.random = new SplittableRandom(mix(seed, purpose));
    }

    /** {@return a whole number from {@code low} to {@code high}, both included} */
    public int between(int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
        return low + random.nextInt(high - low + 1);
    }

    /** {@return true with probability {@code p}} */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** {@return a uniformly chosen element} */
    public <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options.get(random.nextInt(options.size()));
    }

    /** {@return a number in [0, 1)} */
    public double fraction() {
        return random.nextDouble();
    }

    /** {@return {@code count} decimal digits} */
    public String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** {@return a waiting time of an arrival process with {@code ratePerSecond}, in seconds (exponential)} */
    public double exponentialSeconds(double ratePerSecond) {
        return -Math.log(1.0 - random.nextDouble()) / ratePerSecond;
    }

    private static long mix(long seed, String purpose) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < purpose.length(); i++) {
            h = (h ^ purpose.charAt(i)) * 0x100000001B3L;
        }
        // A final avalanche so neighbouring purposes ("day:1", "day:2") give unrelated streams.
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }
}
