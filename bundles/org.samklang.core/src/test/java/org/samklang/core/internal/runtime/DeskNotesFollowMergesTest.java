package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.internal.conversation.TestClock;

/** The desk moves a customer note when the engine merges two customers, through the journal. */
class DeskNotesFollowMergesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path data;

    @Test
    void givenNotesOnTwoCustomers_whenTheyAreMerged_thenTheSurvivorsNoteHoldsBoth() throws Exception {
        try (Desk desk = Desk.start(data, new TestClock(T0))) {
            CustomerId anna = customerOf(desk, Inbound.chat("c1", "0701234567", "Hej", T0).build());
            CustomerId alsoAnna = customerOf(desk, Inbound.chat("c2", "0709876543", "Hej igen", T0).build());
            desk.notes().saveNote(anna, "VIP");
            desk.notes().saveNote(alsoAnna, "Prefers e-mail");

            desk.conversations().mergeCustomers(anna, alsoAnna).get(30, TimeUnit.SECONDS);

            assertEquals(Optional.of("VIP\n\nPrefers e-mail"),
                    awaitNote(desk, anna, Optional.of("VIP\n\nPrefers e-mail")));
            // The survivor's note is written before the other's is dropped: wait for that too.
            assertEquals(Optional.empty(), awaitNote(desk, alsoAnna, Optional.empty()));
        }
    }

    private static CustomerId customerOf(Desk desk, org.samklang.core.spi.InboundMessage message) throws Exception {
        var receipt = desk.conversations().inbound().accept(message).get(30, TimeUnit.SECONDS);
        return desk.conversations().conversation(receipt.conversationId().orElseThrow()).orElseThrow().customerId();
    }

    /** The move runs on the journal's delivery thread; polls the in-memory note until it shows (10 s at most). */
    private static Optional<String> awaitNote(Desk desk, CustomerId id, Optional<String> expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Optional<String> note = desk.notes().note(id);
        while (!note.equals(expected) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            note = desk.notes().note(id);
        }
        return note;
    }
}
