package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.samklang.core.api.model.Address.Scheme;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.RawAddress;
import org.samklang.core.spi.SendResult;

/** How a customer can be answered, and replies on another channel than the conversation's. */
class ReplyOptionsTest {

    private static final String PHONE = "phone.pbx";
    private static final String SOCIAL = "social.fb";
    private static final String CALLER = "+46701234567";

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();
    private final FakeConnector mail = connector(Inbound.MAIL, MediaType.EMAIL, 25_000, true, Optional.empty());
    private final FakeConnector sms = connector(Inbound.SMS, MediaType.CHAT, 160, true, Optional.empty());
    private final FakeConnector chat = connector(Inbound.CHAT, MediaType.CHAT, 10_000, false, Optional.empty());
    private final FakeConnector phone = connector(PHONE, MediaType.VOICE, 1, true, Optional.empty());
    private final FakeConnector social = connector(SOCIAL, MediaType.SOCIAL, 2_000, false,
            Optional.of(Duration.ofHours(24)));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenACall_whenAskingHowToAnswer_thenTextChannelsReachingTheNumberAreOfferedAndThePhoneIsNot() {
        List.of(mail, sms, chat, phone).forEach(fixture.engine.connectors()::add);
        ConversationId call = call();

        List<ReplyOption> options = fixture.engine.replyOptions(call);

        assertEquals(List.of(Inbound.CHAT, Inbound.SMS), options.stream().map(ReplyOption::channelId).toList(),
                "no e-mail address known, and a call cannot carry text");
        ReplyOption bySms = option(options, Inbound.SMS);
        assertEquals(Address.tel(CALLER), bySms.address());
        assertEquals(160, bySms.maxTextLength());
        assertTrue(bySms.usable(), "SMS may start a conversation");
        assertFalse(bySms.conversationChannel());
        assertFalse(option(options, Inbound.CHAT).usable(), "the caller never chatted; chat cannot start one");
    }

    @Test
    void givenACallerWhoAlsoEmailed_whenAskingHowToAnswer_thenEmailIsOfferedToTheirMailbox() {
        List.of(mail, sms, phone).forEach(fixture.engine.connectors()::add);
        ConversationId call = call();
        InboundReceipt mailReceipt = fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order",
                t0.minusSeconds(3600), null));
        CustomerId caller = fixture.engine.conversation(call).orElseThrow().customerId();
        CustomerId mailer = fixture.engine.conversation(mailReceipt.conversationId().orElseThrow()).orElseThrow()
                .customerId();
        fixture.engine.mergeCustomers(caller, mailer).join();

        List<ReplyOption> options = fixture.engine.replyOptions(call);

        ReplyOption byMail = option(options, Inbound.MAIL);
        assertEquals(Address.mailto("anna@kund.se"), byMail.address());
        assertTrue(byMail.usable());
        assertTrue(byMail.attachments());
        assertEquals(Optional.empty(), byMail.windowClosesAt());
    }

    @Test
    void givenAnEmailConversation_whenAskingHowToAnswer_thenItsOwnChannelComesFirst() {
        List.of(sms, mail, chat).forEach(fixture.engine.connectors()::add);
        ConversationId conversation = fixture.ingest(Inbound.email("<q@kund.se>", "anna@kund.se", "Fråga", t0,
                null)).conversationId().orElseThrow();

        List<ReplyOption> options = fixture.engine.replyOptions(conversation);

        assertEquals(Inbound.MAIL, options.get(0).channelId());
        assertTrue(options.get(0).conversationChannel());
        assertEquals(1, options.size(), "the customer has no number, so no SMS or chat option");
    }

    @Test
    void givenAMessengerWithA24HourWindow_whenTimePasses_thenTheOptionClosesAndTheReplyIsRefused() {
        fixture.engine.connectors().add(social);
        ConversationId post = fixture.ingest(InboundMessage.builder(SOCIAL, MediaType.SOCIAL, "post-1",
                RawAddress.of(Scheme.SOCIAL, "fb:anna"), t0).text("Hej")).conversationId().orElseThrow();

        fixture.clock.advance(Duration.ofHours(23));
        ReplyOption open = option(fixture.engine.replyOptions(post), SOCIAL);
        fixture.clock.advance(Duration.ofHours(2));
        ReplyOption closed = option(fixture.engine.replyOptions(post), SOCIAL);

        assertTrue(open.windowOpen());
        assertEquals(Optional.of(t0.plus(Duration.ofHours(24))), open.windowClosesAt());
        assertFalse(closed.windowOpen());
        CompletionException refused = assertThrows(CompletionException.class,
                () -> fixture.engine.sendReply(post, ReplyDraft.text("late", "Sorry")).join());
        assertInstanceOf(IllegalStateException.class, refused.getCause());
        assertTrue(refused.getCause().getMessage().contains("reply window"), refused.getCause().getMessage());
    }

    @Test
    void givenACall_whenTheAgentRepliesByEmail_thenTheReplyIsInTheCallersTimelineAndTheAnswerThreadsBack() {
        List.of(mail, phone).forEach(fixture.engine.connectors()::add);
        ConversationId call = call();
        CustomerId caller = fixture.engine.conversation(call).orElseThrow().customerId();

        Message reply = fixture.engine.sendReply(call, ReplyDraft.text("mail-1", "Här är offerten.")
                .onChannel(Inbound.MAIL).withRecipient(Address.mailto("anna@kund.se"))).join();
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(caller, reply.customerId());
        assertEquals(call, reply.conversationId());
        assertEquals(MediaType.EMAIL, reply.mediaType());
        OutboundMessage sent = mail.attempts().get(0);
        assertEquals(List.of(Address.mailto("anna@kund.se")), sent.to());
        List<Message> timeline = fixture.engine.timeline(caller, PageRequest.first(10)).items();
        assertTrue(timeline.stream().anyMatch(m -> m.id().equals(reply.id())), "reply in the caller's timeline");

        fixture.clock.advance(Duration.ofMinutes(5));
        InboundReceipt answer = fixture.ingest(Inbound.email("<a1@kund.se>", "anna@kund.se", "Re: offert",
                fixture.clock.instant(), "remote-" + sent.idempotencyKey()));
        assertEquals(Optional.of(call), answer.conversationId(), "the answer joins the call's conversation");
    }

    @Test
    void givenAChannelThatCannotStartConversations_whenReplyingToSomeoneWhoNeverWroteThere_thenItIsRefused() {
        List.of(chat, phone).forEach(fixture.engine.connectors()::add);
        ConversationId call = call();

        CompletionException refused = assertThrows(CompletionException.class, () -> fixture.engine.sendReply(call,
                ReplyDraft.text("c-1", "Hej").onChannel(Inbound.CHAT).withRecipient(Address.tel(CALLER))).join());

        assertInstanceOf(IllegalStateException.class, refused.getCause());
        assertTrue(refused.getCause().getMessage().contains("cannot start a conversation"));
    }

    @Test
    void givenAPluginThatFailsToDeclareItself_whenAskingHowToAnswer_thenTheOthersAreStillOffered() {
        ChannelConnector broken = new ChannelConnector() {

            @Override
            public String id() {
                return "sms.broken";
            }

            @Override
            public MediaType mediaType() {
                return MediaType.CHAT;
            }

            @Override
            public ChannelCapabilities capabilities() {
                throw new IllegalStateException("plugin bug");
            }

            @Override
            public ConnectorHealth health() {
                return ConnectorHealth.online(Instant.EPOCH);
            }

            @Override
            public SendResult send(OutboundMessage message, SendAttempt attempt) {
                return SendResult.failed("never used");
            }
        };
        List.of(sms, broken, phone).forEach(fixture.engine.connectors()::add);

        List<ReplyOption> options = fixture.engine.replyOptions(call());

        assertEquals(List.of(Inbound.SMS), options.stream().map(ReplyOption::channelId).toList());
    }

    @Test
    void givenAnUnknownConversation_whenAskingHowToAnswer_thenItIsAnIllegalArgument() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> fixture.engine.replyOptions(new ConversationId(404)));
        assertTrue(error.getMessage().contains("unknown conversation"));
    }

    private ConversationId call() {
        return fixture.ingest(InboundMessage.builder(PHONE, MediaType.VOICE, "call-1",
                RawAddress.of(Scheme.TEL, CALLER), t0)).conversationId().orElseThrow();
    }

    private static ReplyOption option(List<ReplyOption> options, String channelId) {
        return options.stream().filter(o -> o.channelId().equals(channelId)).findFirst()
                .orElseThrow(() -> new AssertionError("no option for " + channelId + " in " + options));
    }

    private static FakeConnector connector(String id, MediaType type, int maxLength, boolean canStart,
            Optional<Duration> window) {
        FakeConnector connector = new FakeConnector(id, type);
        connector.setCapabilities(new ChannelCapabilities(maxLength, type == MediaType.EMAIL,
                type == MediaType.EMAIL ? 10_000_000 : 0, canStart, window, false, false, type == MediaType.VOICE));
        return connector;
    }
}
