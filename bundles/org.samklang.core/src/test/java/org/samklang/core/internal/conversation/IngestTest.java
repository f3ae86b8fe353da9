package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.JournalEvent.ConversationOpened;
import org.samklang.core.api.model.JournalEvent.ConversationStateChanged;
import org.samklang.core.api.model.JournalEvent.CustomerCreated;
import org.samklang.core.api.model.JournalEvent.MessageReceived;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundReceipt.Status;
import org.samklang.core.spi.RawAddress;

class IngestTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenANewSender_whenAnEmailArrives_thenItIsStoredInANewConversationOfANewCustomer() {
        InboundReceipt receipt = fixture.ingest(Inbound.email("<m1@kund.se>", "Anna <Anna@Kund.SE>",
                "Var är min order?", t0, null));

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

    @Test
    void givenAnOpenChat_whenTheSameCustomerWritesAgainOnTheSameChannel_thenTheLineJoinsIt() {
        InboundReceipt first = fixture.ingest(Inbound.chat("c1", "070-123 45 67", "Hej", t0));
        InboundReceipt second = fixture.ingest(Inbound.chat("c2", "+46701234567", "Är någon där?",
                t0.plusSeconds(30)));

        assertEquals(first.conversationId(), second.conversationId());
        assertEquals(2, fixture.engine.conversation(first.conversationId().orElseThrow()).orElseThrow()
                .messageCount());
    }

    @Test
    void givenAChatClosedAnHourAgo_whenTheCustomerWritesAgain_thenItIsReopenedAndTheReopenIsJournalled() {
        InboundReceipt first = fixture.ingest(Inbound.chat("c1", "070-123 45 67", "Hej", t0));
        fixture.engine.close(first.conversationId().orElseThrow()).join();
        fixture.clock.advance(Duration.ofHours(1));

        InboundReceipt again = fixture.ingest(Inbound.chat("c2", "070-123 45 67", "En sak till",
                t0.plus(Duration.ofHours(1))));

        assertEquals(first.conversationId(), again.conversationId());
        List<JournalEvent> events = fixture.journalAfter(0);
        JournalEvent reopen = events.get(events.size() - 2);
        assertEquals(new ConversationStateChanged(reopen.sequence(), reopen.at(), first.conversationId().get(),
                ConversationState.CLOSED, ConversationState.NEW), reopen);
        assertTrue(events.get(events.size() - 1) instanceof MessageReceived);
    }

    @Test
    void givenANewSender_whenTheirFirstMessageIsStored_thenCustomerConversationAndMessageAreJournalledInOrder() {
        InboundReceipt receipt = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));

        List<JournalEvent> events = fixture.journalAfter(0);

        assertEquals(List.of(1L, 2L, 3L), events.stream().map(JournalEvent::sequence).toList());
        assertTrue(events.get(0) instanceof CustomerCreated);
        assertTrue(events.get(1) instanceof ConversationOpened opened
                && opened.conversationId().equals(receipt.conversationId().orElseThrow()));
        assertTrue(events.get(2) instanceof MessageReceived received
                && received.messageId().equals(receipt.messageId().orElseThrow()));
    }

    @Test
    void givenTwoCallsWithWithheldNumbers_whenStored_thenTheyAreNotTreatedAsTheSameCustomer() {
        InboundReceipt first = fixture.ingest(InboundMessage.builder("voice.pbx", MediaType.VOICE, "call-1",
                RawAddress.of(Address.Scheme.TEL, "anonymous"), t0));
        InboundReceipt second = fixture.ingest(InboundMessage.builder("voice.pbx", MediaType.VOICE, "call-2",
                RawAddress.of(Address.Scheme.TEL, ""), t0.plusSeconds(10)));

        assertNotEquals(first.conversationId(), second.conversationId());
        assertNotEquals(customerOf(first), customerOf(second));
        assertTrue(fixture.engine.customer(customerOf(first)).orElseThrow().isUnresolved());
    }

    @Test
    void givenADuplicateOfAMessageInANewConversation_whenHandedInAgain_thenNothingNewIsCreated() {
        InboundReceipt first = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));
        fixture.engine.close(first.conversationId().orElseThrow()).join();
        fixture.clock.advance(Duration.ofDays(30));
        long sequence = fixture.engine.lastSequence();

        InboundReceipt again = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));

        assertEquals(Status.DUPLICATE, again.status());
        assertEquals(sequence, fixture.engine.lastSequence(), "no conversation was created or reopened");
    }

    @Test
    void givenAColleagueInCopy_whenTheyAnswerInTheThread_thenTheAnswerJoinsAndTheirAddressBecomesKnown() {
        InboundReceipt first = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null));

        InboundReceipt colleague = fixture.ingest(Inbound.email("<m2@kund.se>", "erik@kund.se", "Re: Order",
                t0.plusSeconds(60), "<m1@kund.se>"));

        assertEquals(first.conversationId(), colleague.conversationId());
        assertTrue(fixture.engine.customerByAddress(Address.mailto("erik@kund.se")).isPresent());
        assertNotEquals(customerOf(first),
                fixture.engine.customerByAddress(Address.mailto("erik@kund.se")).orElseThrow().id());
    }

    private CustomerId customerOf(InboundReceipt receipt) {
        return fixture.engine.conversation(receipt.conversationId().orElseThrow()).orElseThrow().customerId();
    }
}
