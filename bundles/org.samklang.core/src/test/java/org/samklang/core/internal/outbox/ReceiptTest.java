package org.samklang.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.internal.conversation.FakeConnector;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.DeliveryReceipt.Outcome;
import org.samklang.core.spi.SendResult;

class ReceiptTest {

    private final EngineFixture fixture = new EngineFixture();
    private final FakeConnector chat = new FakeConnector(Inbound.CHAT, MediaType.CHAT);
    private final Instant now = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenADeliveryReceiptBeforeTheSendIsRecorded_whenTheSendResultComesLater_thenTheStateStaysDelivered() {
        fixture.engine.connectors().add(chat);
        chat.thenDo(message -> {
            // The remote confirms delivery while our send call has not returned yet.
            assertEquals(Outcome.APPLIED, receipt(message.idempotencyKey(), DeliveryState.DELIVERED));
            return SendResult.sent("srv-77");
        });
        Message reply = reply();

        fixture.engine.outbox().runDue(now);

        assertEquals(DeliveryState.DELIVERED, fixture.engine.message(reply.id()).orElseThrow().deliveryState());
        assertEquals(List.of(DeliveryState.SENDING, DeliveryState.DELIVERED), states());
        assertEquals(Outcome.APPLIED, receipt("srv-77", DeliveryState.READ), "found by the remote id as well");
    }

    @Test
    void givenAReadMessage_whenAnOlderReceiptArrives_thenItIsIgnoredAsStale() {
        fixture.engine.connectors().add(chat);
        Message reply = reply();
        fixture.engine.outbox().runDue(now);
        String key = chat.attempts().get(0).idempotencyKey();
        receipt(key, DeliveryState.READ);

        assertEquals(Outcome.STALE, receipt(key, DeliveryState.DELIVERED));
        assertEquals(Outcome.STALE, receipt(key, DeliveryState.FAILED));
        assertEquals(DeliveryState.READ, fixture.engine.message(reply.id()).orElseThrow().deliveryState());
    }

    @Test
    void givenAFailedMessage_whenTheRemoteReportsDelivery_thenTheRemoteWins() {
        fixture.engine.connectors().add(chat);
        chat.thenAnswer(SendResult.failed("timeout, gave up"));
        Message reply = reply();
        fixture.engine.outbox().runDue(now);

        assertEquals(Outcome.APPLIED, receipt(chat.attempts().get(0).idempotencyKey(), DeliveryState.DELIVERED));
        assertEquals(DeliveryState.DELIVERED, fixture.engine.message(reply.id()).orElseThrow().deliveryState());
    }

    @Test
    void givenAReceiptForAMessageNobodySent_whenHandedIn_thenItIsReportedUnknown() {
        assertEquals(Outcome.UNKNOWN_MESSAGE, receipt("samklang-nonexistent", DeliveryState.DELIVERED));
    }

    private Outcome receipt(String ref, DeliveryState state) {
        return EngineFixture
                .await(fixture.engine.inbound().acceptReceipt(new DeliveryReceipt(Inbound.CHAT, ref, state, "",
                        now)));
    }

    private Message reply() {
        ConversationId conversation = fixture.ingest(Inbound.chat("c1", "070-123 45 67", "Hej", now))
                .conversationId().orElseThrow();
        return fixture.engine.sendReply(conversation, ReplyDraft.text("draft-1", "Hej hej")).join();
    }

    private List<DeliveryState> states() {
        return fixture.journalAfter(0).stream().filter(DeliveryStateChanged.class::isInstance)
                .map(event -> ((DeliveryStateChanged) event).state()).toList();
    }
}
