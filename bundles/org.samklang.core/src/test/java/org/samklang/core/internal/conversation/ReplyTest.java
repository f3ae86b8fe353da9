package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.JournalEvent.MessageQueued;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;

class ReplyTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();
    private final FakeConnector mail = new FakeConnector(Inbound.MAIL, MediaType.EMAIL);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenACustomerEmail_whenTheAgentReplies_thenTheReplyIsStoredBeforeItIsSentAndThenSentOnce() {
        fixture.engine.connectors().add(mail);
        InboundReceipt question = fixture.ingest(Inbound.email("<q1@kund.se>", "Anna <anna@kund.se>",
                "Var är min order?", t0, null));
        ConversationId conversation = question.conversationId().orElseThrow();

        Message reply = fixture.engine.sendReply(conversation, ReplyDraft.text("draft-1", "Den kommer i morgon."))
                .join();

        assertEquals(DeliveryState.QUEUED, reply.deliveryState());
        assertEquals(Direction.OUTBOUND, reply.direction());
        assertEquals(List.of(), mail.attempts(), "acknowledged before anything was sent");
        assertTrue(fixture.lastEvent() instanceof MessageQueued queued && queued.messageId().equals(reply.id()));

        assertEquals(1, fixture.engine.outbox().runDue(fixture.clock.instant()));

        OutboundMessage sent = mail.attempts().get(0);
        assertEquals(List.of(Address.mailto("anna@kund.se")), sent.to());
        assertEquals("Re: Var är min order?", sent.subject());
        assertEquals(List.of("<q1@kund.se>"), sent.threadKeys());
        assertEquals(SendAttempt.first(), mail.sendAttempts().get(0));
        assertTrue(sent.idempotencyKey().startsWith("samklang-"));
        Message stored = fixture.engine.message(reply.id()).orElseThrow();
        assertEquals(DeliveryState.SENT, stored.deliveryState());
        assertEquals(Optional.of("remote-" + sent.idempotencyKey()), stored.remoteId());
        assertEquals(List.of(DeliveryState.SENDING, DeliveryState.SENT), deliveryStates());
        assertEquals(0, fixture.engine.outbox().runDue(fixture.clock.instant().plusSeconds(3600)));
    }

    @Test
    void givenTheSameDraftSentTwice_whenTheUiRetries_thenOneReplyIsStoredAndSent() {
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();

        Message first = fixture.engine.sendReply(conversation, ReplyDraft.text("draft-1", "Svar")).join();
        Message again = fixture.engine.sendReply(conversation, ReplyDraft.text("draft-1", "Svar")).join();
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(first.id(), again.id());
        assertEquals(1, mail.attempts().size());
        assertEquals(2, fixture.engine.conversation(conversation).orElseThrow().messageCount());
    }

    @Test
    void givenOurSentReply_whenTheCustomerAnswersIt_thenTheAnswerThreadsIntoTheSameConversation() {
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();
        fixture.engine.close(conversation).join();
        fixture.engine.sendReply(conversation, ReplyDraft.text("draft-1", "Svar")).join();
        fixture.engine.outbox().runDue(fixture.clock.instant());
        String ourMessageId = "remote-" + mail.attempts().get(0).idempotencyKey();
        fixture.clock.advance(Duration.ofDays(1));

        InboundReceipt answer = fixture.ingest(Inbound.email("<a1@kund.se>", "anna@kund.se", "Re: Svar",
                fixture.clock.instant(), ourMessageId));

        assertEquals(Optional.of(conversation), answer.conversationId());
    }

    @Test
    void givenAChannelWithAReplyWindow_whenTheWindowHasClosed_thenTheReplyIsRefusedWithTheReason() {
        mail.setCapabilities(new ChannelCapabilities(ChannelCapabilities.UNLIMITED, false, 0, false,
                Optional.of(Duration.ofHours(24)), false, false, false));
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();
        fixture.clock.advance(Duration.ofHours(25));

        CompletionException error = assertThrows(CompletionException.class,
                () -> fixture.engine.sendReply(conversation, ReplyDraft.text("late", "Hej")).join());

        IllegalStateException cause = assertInstanceOf(IllegalStateException.class, error.getCause());
        assertTrue(cause.getMessage().contains("reply window"), cause.getMessage());
    }

    @Test
    void givenAChannelWithALengthLimit_whenTheReplyIsTooLong_thenItIsRefusedBeforeBeingQueued() {
        mail.setCapabilities(new ChannelCapabilities(160, false, 0, false, Optional.empty(), false, false, false));
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();
        long sequence = fixture.engine.lastSequence();

        CompletionException error = assertThrows(CompletionException.class,
                () -> fixture.engine.sendReply(conversation, ReplyDraft.text("long", "x".repeat(161))).join());

        assertTrue(error.getCause().getMessage().contains("at most 160"), error.getCause().getMessage());
        assertEquals(sequence, fixture.engine.lastSequence());
    }

    @Test
    void givenAnUnresolvedSenderOrUnknownTarget_whenReplying_thenTheReplyIsRefusedWithAReason() {
        ConversationId unresolved = fixture.ingest(Inbound.sms("s1", "12ab", "Ring mig", t0)).conversationId()
                .orElseThrow();
        ConversationId mailConversation = question();

        assertRefused(() -> fixture.engine.sendReply(unresolved, ReplyDraft.text("a", "Hej")).join(), "unresolved");
        assertRefused(() -> fixture.engine.sendReply(new ConversationId(404), ReplyDraft.text("b", "Hej")).join(),
                "unknown conversation");
        assertRefused(() -> fixture.engine.sendReply(mailConversation, ReplyDraft.text("c", "Hej")
                .onChannel("sms.none")).join(), "no channel sms.none");
    }

    @Test
    void givenACall_whenTheAgentAnswersBySmsToAGivenNumber_thenTheSmsGoesOutOnTheSmsChannel() {
        FakeConnector sms = new FakeConnector(Inbound.SMS, MediaType.CHAT);
        // SMS may contact a customer who never texted us (a channel that cannot is refused: ReplyOptionsTest).
        sms.setCapabilities(new ChannelCapabilities(160, false, 0, true, Optional.empty(), false, false, false));
        fixture.engine.connectors().add(sms);
        ConversationId conversation = question();

        Message reply = fixture.engine.sendReply(conversation, ReplyDraft.text("sms-1", "Vi ringer upp")
                .onChannel(Inbound.SMS).withRecipient(Address.tel("+46701234567"))).join();
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(Inbound.SMS, reply.channelId());
        assertEquals(List.of(Address.tel("+46701234567")), sms.attempts().get(0).to());
    }

    private ConversationId question() {
        return fixture.ingest(Inbound.email("<q1@kund.se>", "anna@kund.se", "Fråga", t0, null)).conversationId()
                .orElseThrow();
    }

    private List<DeliveryState> deliveryStates() {
        return fixture.journalAfter(0).stream().filter(DeliveryStateChanged.class::isInstance)
                .map(event -> ((DeliveryStateChanged) event).state()).toList();
    }

    private static void assertRefused(Runnable action, String reason) {
        CompletionException error = assertThrows(CompletionException.class, action::run);
        assertTrue(error.getCause() instanceof IllegalArgumentException, String.valueOf(error.getCause()));
        assertTrue(error.getCause().getMessage().contains(reason), error.getCause().getMessage());
    }
}
