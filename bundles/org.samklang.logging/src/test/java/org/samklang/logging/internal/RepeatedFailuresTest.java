package org.samklang.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The same failure within a window is written once, then counted; different failures are each written. */
class RepeatedFailuresTest {

    private final TestClock clock = new TestClock();
    private final RepeatedFailures failures = new RepeatedFailures(Duration.ofSeconds(60), clock);

    @Test
    void theFirstIsWrittenAndRepeatsAreCountedUntilTheWindowCloses() {
        assertTrue(failures.offer(failure("batch of 37 failed")).write());
        for (int i = 0; i < 500; i++) {
            clock.advance(Duration.ofMillis(100));
            assertFalse(failures.offer(failure("batch of " + i + " failed")).write());
        }
        assertEquals(List.of(), failures.due(), "the window is still open");

        clock.advance(Duration.ofSeconds(11));
        List<RepeatedFailures.Summary> due = failures.due();

        assertEquals(1, due.size());
        assertEquals(500, due.get(0).repeats());
        assertEquals("batch of 37 failed", due.get(0).first().getMessage());
    }

    @Test
    void theSameFailureAfterTheWindowIsWrittenAgainAfterItsCount() {
        failures.offer(failure("disk full"));
        failures.offer(failure("disk full"));
        clock.advance(Duration.ofSeconds(61));

        RepeatedFailures.Decision again = failures.offer(failure("disk full"));

        assertTrue(again.write());
        assertEquals(1, again.summaries().size());
        assertEquals(1, again.summaries().get(0).repeats());
    }

    @Test
    void differentLoggersMessagesOrExceptionsAreDifferentFailures() {
        assertTrue(failures.offer(failure("plugin Email.sandbox failed to report its health")).write());
        assertTrue(failures.offer(failure("plugin Chat.sandbox failed to report its health")).write());
        LogRecord withIo = failure("write failed");
        withIo.setThrown(new IOException("no space"));
        LogRecord withState = failure("write failed");
        withState.setThrown(new IllegalStateException("closed"));
        assertTrue(failures.offer(withIo).write());
        assertTrue(failures.offer(withState).write());
        LogRecord elsewhere = failure("write failed");
        elsewhere.setLoggerName("org.samklang.other");
        elsewhere.setThrown(new IOException("no space"));
        assertTrue(failures.offer(elsewhere).write());
    }

    @Test
    void aQuietWindowLeavesNoSummary() {
        failures.offer(failure("once"));
        clock.advance(Duration.ofMinutes(2));

        assertEquals(List.of(), failures.due());
    }

    @Test
    void closingWritesTheCountsOfOpenWindows() {
        failures.offer(failure("once"));
        failures.offer(failure("twice"));
        failures.offer(failure("twice"));

        List<RepeatedFailures.Summary> drained = failures.drain();

        assertEquals(1, drained.size());
        assertEquals("twice", drained.get(0).first().getMessage());
    }

    static LogRecord failure(String message) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName("org.samklang.core.internal.store.Writer");
        return record;
    }
}
