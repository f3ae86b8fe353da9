package org.samklang.sandbox.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.channels.SandboxChannels;
import org.samklang.sandbox.internal.crm.SandboxCrm;

/** The load-measurement burst: a paced flood of chat lines from known customers. */
class BurstTest {

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final Burst burst = new Burst(new SandboxCrm(7, clock, 40).customers(), 7);

    @Test
    void linesArePacedByTheClock_andStopWhenTheBurstEnds() {
        Instant start = clock.instant();
        burst.start(500, Duration.ofSeconds(10), start);

        assertEquals(125, burst.due(start.plusMillis(250)).size(), "a quarter second owes a quarter of the rate");
        assertEquals(0, burst.due(start.plusMillis(250)).size(), "nothing is owed twice");
        assertEquals(500, burst.due(start.plusMillis(1_250)).size());
        assertEquals(4_375, burst.due(start.plusSeconds(60)).size(), "the rest up to the end, not beyond it");
        assertEquals(5_000, burst.sent());
        assertFalse(burst.running(start.plusSeconds(10)));
        assertTrue(burst.due(start.plusSeconds(120)).isEmpty());
    }

    @Test
    void aPumpAtIrregularIntervals_getsEveryLineOfTheBurst_noneLostToRounding() {
        Instant start = clock.instant();
        burst.start(400, Duration.ofSeconds(5), start);
        long[] stepsMicros = {250_123, 249_877, 251_003, 333_333, 97_001, 250_000, 412_789};
        int lines = 0;
        Instant now = start;
        for (int i = 0; now.isBefore(start.plusSeconds(6)); i++) {
            now = now.plusNanos(stepsMicros[i % stepsMicros.length] * 1_000);
            lines += burst.due(now).size();
        }

        assertEquals(2_000, lines, "400 lines a second for 5 s");
        assertEquals(2_000, burst.sent());
    }

    @Test
    void linesAreChatLinesOfKnownCustomers_eachWithItsOwnId_threadedPerCustomer() {
        Instant start = clock.instant();
        burst.start(200, Duration.ofSeconds(1), start);

        List<InboundMessage> lines = burst.due(start.plusSeconds(1));

        assertEquals(200, lines.size());
        assertEquals(200, lines.stream().map(InboundMessage::remoteId).distinct().count());
        assertTrue(lines.stream().allMatch(m -> m.channelId().equals(SandboxChannels.CHAT)
                && m.mediaType() == MediaType.CHAT && !m.text().isBlank()));
        long threads = lines.stream().map(m -> m.threadKeys().get(0)).distinct().count();
        assertTrue(threads > 1 && threads <= 40, "one session per customer, got " + threads);
    }

    @Test
    void aBurstAfterTheDeskRestarted_neverReusesALineIdOfTheRunBefore() {
        Instant firstRun = clock.instant();
        Burst before = new Burst(new SandboxCrm(7, clock, 40).customers(), 7);
        before.start(200, Duration.ofSeconds(1), firstRun);
        Set<String> idsBefore = ids(before.due(firstRun.plusSeconds(1)));
        Instant secondRun = firstRun.plus(Duration.ofMinutes(3));
        Burst after = new Burst(new SandboxCrm(7, clock, 40).customers(), 7);
        after.start(200, Duration.ofSeconds(1), secondRun);

        Set<String> idsAfter = ids(after.due(secondRun.plusSeconds(1)));

        assertEquals(200, idsAfter.size());
        idsAfter.retainAll(idsBefore);
        assertEquals(Set.of(), idsAfter, "the core would drop these as duplicates of the first run's lines");
    }

    private static Set<String> ids(List<InboundMessage> lines) {
        return lines.stream().map(InboundMessage::remoteId).collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void aRateOrLengthOutOfRangeIsRefused() {
        Instant now = clock.instant();
        assertThrows(IllegalArgumentException.class, () -> burst.start(0, Duration.ofSeconds(1), now));
        assertThrows(IllegalArgumentException.class, () -> burst.start(5_001, Duration.ofSeconds(1), now));
        assertThrows(IllegalArgumentException.class, () -> burst.start(10, Duration.ofHours(2), now));
        assertTrue(burst.due(now.plusSeconds(1)).isEmpty(), "a refused burst sends nothing");
    }

    @Test
    void aBurstControlFileStartsTheBurst(@TempDir Path directory) throws IOException {
        List<Object> rung = new ArrayList<>();
        ControlFiles control = new ControlFiles(directory, rung::add, Optional.of(burst), clock);
        Files.writeString(directory.resolve("load.cmd"), "burst 500 30\n");
        Files.writeString(directory.resolve("nonsense.cmd"), "burst 0 30\n");

        control.poll();

        assertTrue(burst.running(clock.instant()));
        assertEquals(500, burst.due(clock.instant().plusSeconds(1)).size());
        assertTrue(rung.isEmpty(), "a burst rings nobody");
        assertFalse(Files.exists(directory.resolve("load.cmd")));
        assertTrue(Files.exists(directory.resolve("nonsense.rejected")), "rate 0 is not a burst");
    }
}
