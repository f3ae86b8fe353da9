package org.samklang.core.internal.outbox;

import org.samklang.core.api.ChannelLimitException;
import org.samklang.core.api.model.ChannelLimitProblem;
import java.time.Instant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.internal.conversation.FakeConnector;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.internal.conversation.NewOutbound;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * The core checks a channel's declared limits for every plugin: when a reply is stored, and again before each
 * attempt against what the channel declares then, so a plugin never receives what it said it cannot carry.
 */
class LimitsBeforeSendingTest {

    private final EngineFixture fixture = new EngineFixture();
    private final FakeConnector chat = new FakeConnector(Inbound.CHAT, MediaType.CHAT);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAReplyQueuedWhileItsChannelWasAway_whenTheChannelComesWithAShorterLimit_thenItFailsUnsentWithTheReason() {
        ConversationId conversation = chatQuestion();
        Message reply = fixture.engine.sendReply(conversation, ReplyDraft.text("r1", "x".repeat(200))).join();

        chat.setCapabilities(capabilities(160, Optional.empty()));
        fixture.engine.connectors().add(chat);
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(List.of(), chat.attempts(), "the plugin never received it");
        assertEquals(DeliveryState.FAILED, state(reply));
        assertEquals(Optional.of(ChannelLimitProblem.textTooLong(Inbound.CHAT, 200, 160)), storedProblem());
        assertEquals(Optional.of(ChannelLimitProblem.textTooLong(Inbound.CHAT, 200, 160).toStored()),
                fixture.engine.message(reply.id()).orElseThrow().failureReason(), "the timeline reads why");
        assertEquals(0, fixture.engine.outbox().runDue(fixture.clock.instant().plus(Duration.ofDays(1))));
    }

    @Test
    void givenAReplyWaitingForAnOfflineChannel_whenItsReplyWindowClosesMeanwhile_thenItFailsUnsentWithTheReason() {
        chat.setCapabilities(capabilities(1_000, Optional.of(Duration.ofHours(24))));
        fixture.engine.connectors().add(chat);
        ConversationId conversation = chatQuestion();
        chat.setHealth(new ConnectorHealth(ConnectorHealth.Status.OFFLINE, "chat server down",
                fixture.clock.instant()));
        Message reply = fixture.engine.sendReply(conversation, ReplyDraft.text("r1", "Hej")).join();

        fixture.clock.advance(Duration.ofHours(25));
        chat.setHealth(ConnectorHealth.online(fixture.clock.instant()));
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(List.of(), chat.attempts());
        assertEquals(DeliveryState.FAILED, state(reply));
        Instant closedAt = fixture.clock.instant().minus(Duration.ofHours(1));
        assertEquals(Optional.of(ChannelLimitProblem.windowClosed(Inbound.CHAT, Duration.ofHours(24), closedAt)),
                storedProblem(), lastDetail());
    }

    @Test
    void givenAChannelThatDroppedAttachments_whenAReplyWithOneIsDue_thenItFailsUnsentNamingTheFile() {
        chat.setCapabilities(new ChannelCapabilities(1_000, true, 5_000, false, Optional.empty(), false, false,
                false));
        fixture.engine.connectors().add(chat);
        ConversationId conversation = chatQuestion();
        fixture.engine.connectors().remove(chat);
        AttachmentRef photo = fixture.engine.attachments().stage(file("foto.jpg", 100));
        Message reply = fixture.engine.sendReply(conversation, ReplyDraft.text("r1", "Se bilden")
                .withAttachments(List.of(photo))).join();

        chat.setCapabilities(capabilities(1_000, Optional.empty()));
        fixture.engine.connectors().add(chat);
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(List.of(), chat.attempts());
        assertEquals(DeliveryState.FAILED, state(reply));
        assertEquals(Optional.of(ChannelLimitProblem.noAttachments(Inbound.CHAT, "foto.jpg", 1)), storedProblem());
    }

    @Test
    void givenACallConversation_whenTheAgentRepliesOnThePhoneChannel_thenItIsRefusedBeforeAnythingIsStored() {
        FakeConnector phone = new FakeConnector("phone.pbx", MediaType.VOICE);
        fixture.engine.connectors().add(phone);
        ConversationId call = fixture.ingest(InboundMessage.builder("phone.pbx", MediaType.VOICE, "call-1/ringing",
                RawAddress.of(Address.Scheme.TEL, "+46701234567"), fixture.clock.instant())).conversationId()
                .orElseThrow();
        long sequence = fixture.engine.lastSequence();

        CompletionException error = assertThrows(CompletionException.class,
                () -> fixture.engine.sendReply(call, ReplyDraft.text("r1", "Hej")).join());

        ChannelLimitException refused = assertInstanceOf(ChannelLimitException.class, error.getCause());
        assertEquals(ChannelLimitProblem.callChannel("phone.pbx"), refused.problem());
        assertTrue(refused.getMessage().contains("carries calls, not typed text"), refused.getMessage());
        assertEquals(sequence, fixture.engine.lastSequence(), "nothing stored");
    }

    @Test
    void givenAMessageForAColleagueLongerThanTheChannelTakes_whenStarted_thenItIsRefusedBeforeAnythingIsStored() {
        chat.setCapabilities(new ChannelCapabilities(100, false, 0, true, Optional.empty(), false, false, false));
        fixture.engine.connectors().add(chat);
        long sequence = fixture.engine.lastSequence();

        CompletionException error = assertThrows(CompletionException.class, () -> fixture.engine.startConversation(
                new NewOutbound("reception:1", Inbound.CHAT, MediaType.CHAT, Address.tel("+46701234567"), "Karin",
                        "", "x".repeat(101), Map.of(), true))
                .join());

        ChannelLimitException refused = assertInstanceOf(ChannelLimitException.class, error.getCause());
        assertEquals(ChannelLimitProblem.textTooLong(Inbound.CHAT, 101, 100), refused.problem());
        assertTrue(refused.getMessage().contains("allows at most 100"), refused.getMessage());
        assertEquals(sequence, fixture.engine.lastSequence());
    }

    private ConversationId chatQuestion() {
        return fixture.ingest(Inbound.chat("line-1", "+46701234567", "Hej!", fixture.clock.instant()))
                .conversationId().orElseThrow();
    }

    private static ChannelCapabilities capabilities(int maxText, Optional<Duration> window) {
        return new ChannelCapabilities(maxText, false, 0, false, window, false, false, false);
    }

    private Path file(String name, int bytes) {
        try {
            Path file = fixture.directory.resolve(name);
            Files.write(file, new byte[bytes]);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DeliveryState state(Message reply) {
        return fixture.engine.message(reply.id()).orElseThrow().deliveryState();
    }

    private Optional<ChannelLimitProblem> storedProblem() {
        return ChannelLimitProblem.fromStored(lastDetail());
    }

    private String lastDetail() {
        List<String> details = fixture.journalAfter(0).stream().filter(DeliveryStateChanged.class::isInstance)
                .map(event -> ((DeliveryStateChanged) event).detail()).toList();
        return details.get(details.size() - 1);
    }
}
