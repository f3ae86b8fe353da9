package org.samklang.core.internal.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When the outbox tries a failed send again: exponential backoff with jitter, capped, for a limited number of
 * attempts.
 * <p>
 * The delay before attempt n+1 is {@code min(cap, initial * factor^(n-1))}, reduced by a random share of up to
 * {@code jitter} so that many replies failing together (a mail server restart) do not retry in lock-step.
 *
 * @param initial     delay after the first failed attempt
 * @param factor      growth per further attempt, 1 or more
 * @param cap         longest delay
 * @param jitter      share of the delay that is random, 0 to 1
 * @param maxAttempts attempts before the message is marked failed, 1 or more
 * @param inFlight    how long an attempt may take before its message counts as abandoned and is due again (only
 *                    matters if the engine lost track of an attempt without a restart)
 */
public record RetryPolicy(Duration initial, double factor, Duration cap, double jitter, int maxAttempts,
        Duration inFlight) {

    public RetryPolicy {
        if (initial == null || cap == null || inFlight == null || initial.isNegative() || cap.compareTo(initial) < 0
                || !inFlight.isPositive()) {
            throw new IllegalArgumentException("retry delays must be set, initial <= cap and inFlight positive");
        }
        if (factor < 1 || jitter < 0 || jitter > 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs factor >= 1, jitter in 0..1, maxAttempts >= 1");
        }
    }

    /** 2 s, doubling, at most 5 min, 20 % jitter, 10 attempts (about 20 minutes in all). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(5), 0.2, 10, Duration.ofMinutes(5));
    }

    /** The delay after {@code failedAttempt} (1 for the first) failed. */
    public Duration delayAfter(int failedAttempt, RandomGenerator random) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, failedAttempt - 1));
        double capped = Math.min(millis, cap.toMillis());
        double jittered = capped * (1.0 - jitter * random.nextDouble());
        return Duration.ofMillis(Math.round(jittered));
    }
}
