package org.samklang.sandbox.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundUpdate;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.RawAddress;

/** The sandbox channels' side of the InboundSink contract: nothing refused by a failing store is dropped. */
class HandoverTest {

    private static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** A core whose store can be made to fail as a full disk; it stores each remote id once, as the core does. */
    private static final class Core implements InboundSink {

        final Set<String> stored = new LinkedHashSet<>();
        final List<String> handedIn = new ArrayList<>();
        boolean full;

        @Override
        public synchronized CompletableFuture<InboundReceipt> accept(InboundMessage message) {
            handedIn.add(message.remoteId());
            if (full) {
                return CompletableFuture.failedFuture(new StoreUnavailableException(
                        StoreUnavailableException.Reason.DISK_FULL, "The disk is full"));
            }
            InboundReceipt.Status status = stored.add(message.remoteId())
                    ? InboundReceipt.Status.STORED
                    : InboundReceipt.Status.DUPLICATE;
            return CompletableFuture.completedFuture(InboundReceipt.of(status, new MessageId(stored.size()),
                    new ConversationId(1), ""));
        }

        @Override
        public CompletableFuture<ChangeReceipt> update(InboundUpdate update) {
            return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("not kept here"));
        }

        @Override
        public CompletableFuture<ChangeReceipt> retract(InboundRetraction retraction) {
            return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("not kept here"));
        }

        @Override
        public CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt) {
            return CompletableFuture.completedFuture(DeliveryReceipt.Outcome.UNKNOWN_MESSAGE);
        }
    }

    private final Core core = new Core();
    private final Handover handover = new Handover(core, RETRY);
    private int made;
    private int asked;

    @Test
    void givenTheStoreFillsMidTraffic_whenRoomReturns_thenEveryItemIsStoredOnceInOrderAndNewTrafficWaitedMeanwhile() {
        Instant now = START;
        pumpFresh(now, 5);
        core.full = true;
        pumpFresh(now = now.plusMillis(250), 5);
        int askedWhenFull = asked;
        for (int tick = 0; tick < 20; tick++) {
            handover.pump(now = now.plusMillis(250), this::freshItems);
        }

        assertEquals(askedWhenFull, asked, "the remotes hold new items back while the core refuses");
        assertEquals(5, handover.keptCount());
        assertTrue(core.handedIn.size() < 10 + 5, "one probe per retry, not everything every tick: " + core.handedIn);

        core.full = false;
        for (int tick = 0; tick < 12; tick++) {
            handover.pump(now = now.plusMillis(250), this::freshItems);
        }

        assertEquals(0, handover.keptCount());
        assertEquals(IntStream.rangeClosed(1, made).mapToObj(i -> "line-" + i).toList(),
                List.copyOf(core.stored), "every item made, each once, in the order it was first handed in");
        assertTrue(made > 10, "traffic went on after the outage: " + made);
        assertEquals(made, handover.storedCount());
    }

    private void pumpFresh(Instant now, int count) {
        handover.pump(now, () -> items(count));
    }

    private List<InboundMessage> freshItems() {
        return items(1);
    }

    private List<InboundMessage> items(int count) {
        asked++;
        List<InboundMessage> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made++;
            items.add(InboundMessage.builder(SandboxChannels.CHAT, MediaType.CHAT, "line-" + made,
                    RawAddress.of(Address.Scheme.MAILTO, "anna@example.se"), START).text("Hej " + made).build());
        }
        return items;
    }
}
