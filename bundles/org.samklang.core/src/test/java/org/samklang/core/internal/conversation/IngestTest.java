package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundReceipt.Status;

class IngestTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenANewSender_whenAnEmailArrives_thenItIsStoredInANewConversationOfANewCustomer() {
        InboundReceipt receipt = fixture.ingest(Inbound.email("<m1@kund.se>", "Anna <Anna@Kund.SE>", "Var är min order?",
                t0, null));

        assertEquals(Status.STORED, receipt.status());
        Message stored = fixture.engine.messages(receipt.conversationId().orElseThrow(), PageRequest.first(10))
                .items().get(0);
        assertEquals(Address.mailto("anna@kund.se"), stored.from().orElseThrow());
        assertEquals("Var är min order?", stored.subject());
        assertEquals("Anna", fixture.engine.customer(stored.customerId()).orElseThrow().displayName());
        assertEquals(ConversationState.NEW,
                fixture.engine.conversation(stored.conversationId()).orElseThrow().state());
    }

    @Test
    void givenAStoredEmail_whenTheSameMessageIdArrivesAgain_thenItIsAcknowledgedAsDuplicateAndStoredOnce() {
        InboundReceipt first = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));
        InboundReceipt again = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));

        assertEquals(Status.DUPLICATE, again.status());
        assertEquals(first.messageId(), again.messageId());
        assertEquals(1, fixture.engine.messages(first.conversationId().orElseThrow(), PageRequest.first(10))
                .totalCount());
    }

    @Test
    void givenAnEmailThread_whenTheCustomerRepliesWithInReplyTo_thenTheReplyJoinsTheSameConversation() {
        InboundReceipt first = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));
        fixture.engine.close(first.conversationId().orElseThrow()).join();
        fixture.clock.advance(Duration.ofDays(1));

        InboundReceipt reply = fixture.ingest(Inbound.email("<m2@kund.se>", "anna@kund.se", "Re: Order",
                t0.plus(Duration.ofDays(1)), "<m1@kund.se>"));

        assertEquals(first.conversationId(), reply.conversationId());
        assertEquals(ConversationState.NEW,
                fixture.engine.conversation(reply.conversationId().orElseThrow()).orElseThrow().state());
    }

    @Test
    void givenAConversationClosedLongAgo_whenTheCustomerWritesAgain_thenANewConversationStarts() {
        InboundReceipt first = fixture.ingest(Inbound.sms("s1", "070-123 45 67", "Hej", t0));
        fixture.engine.close(first.conversationId().orElseThrow()).join();
        Instant later = t0.plus(Duration.ofDays(30));
        fixture.clock.advance(Duration.ofDays(30));

        InboundReceipt second = fixture.ingest(Inbound.sms("s2", "+46701234567", "Hej igen", later));

        assertNotEquals(first.conversationId(), second.conversationId());
        Message message = fixture.engine.messages(second.conversationId().orElseThrow(), PageRequest.first(1))
                .items().get(0);
        assertTrue(message.from().orElseThrow().equals(Address.tel("+46701234567")));
    }
}
