package org.samklang.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(1), 0.2, 10,
            Duration.ofMinutes(5));

    @Test
    void givenNoJitter_whenAttemptsFail_thenDelaysDoubleUpToTheCap() {
        RandomGenerator noJitter = new FixedRandom(0.0);

        assertEquals(Duration.ofSeconds(2), policy.delayAfter(1, noJitter));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(2, noJitter));
        assertEquals(Duration.ofSeconds(32), policy.delayAfter(5, noJitter));
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(9, noJitter));
    }

    @Test
    void givenJitter_whenManyDelaysAreDrawn_thenEachLiesWithinTheJitterShareBelowTheBackoff() {
        RandomGenerator random = new SplittableRandom(42);
        for (int i = 0; i < 1000; i++) {
            long millis = policy.delayAfter(3, random).toMillis();
            assertTrue(millis >= 6_400 && millis <= 8_000, "delay " + millis);
        }
    }

    @Test
    void givenNonsenseSettings_whenCreated_thenTheyAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(5), 2.0,
                Duration.ofSeconds(1), 0.2, 3, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 0.5,
                Duration.ofSeconds(10), 0.2, 3, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 2.0,
                Duration.ofSeconds(10), 0.2, 0, Duration.ofMinutes(1)));
    }

    /** Always draws the same value, so a delay can be computed exactly. */
    record FixedRandom(double value) implements RandomGenerator {

        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }
}
