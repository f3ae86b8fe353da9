package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.conversation.TestClock;

/**
 * Calls of the PBX's log (they rang before the desk listened, and are over) never wait in the phone queue: they
 * are not offered, do not overflow and do not count as waiting. A call that rings now does.
 */
class CallHistoryRoutingTest {

    private static final Instant NOON = Instant.parse("2026-11-12T12:00:00Z");

    @TempDir
    Path data;
    private final TestClock clock = new TestClock(NOON);

    @Test
    void givenCallsOfThePbxLog_whenTheyAreFiled_thenThePhoneQueueNeitherHoldsNorOverflowsThem() throws Exception {
        try (FiguresDesk desk = new FiguresDesk(data, clock)) {
            desk.call("log-1", "+46703000001", NOON.minus(Duration.ofHours(2)));
            desk.call("log-2", "+46703000002", NOON.minus(Duration.ofMinutes(10)));
            desk.call("live-1", "+46703000003", NOON.minusSeconds(3));

            QueueFigures phone = desk.await("voice", "the live call waiting", f -> f.waiting() >= 1);
            clock.advance(Duration.ofSeconds(2)); // the next tick runs any overflow step that is due
            phone = desk.await("voice", "a tick later", f -> f.asOf().equals(clock.instant()));

            assertEquals(1, phone.waiting(), "only the call that rings now waits");
            assertEquals(Duration.ofSeconds(5), phone.longestWait());
            assertEquals(List.of(), phone.overflows(), "calls of the log never overflowed anywhere");
        }
    }
}
