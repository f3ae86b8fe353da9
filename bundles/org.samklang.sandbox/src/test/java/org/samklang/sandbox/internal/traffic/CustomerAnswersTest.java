package org.samklang.sandbox.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;
import org.samklang.sandbox.internal.channels.SandboxChannel;

class CustomerAnswersTest {

    private static final TrafficSettings ALWAYS_ANSWER = new TrafficSettings(60, Map.of(MediaType.EMAIL, 1,
            MediaType.CHAT, 1, MediaType.VOICE, 0, MediaType.SOCIAL, 0), 0, 0, 1.0, 0, Duration.ofMinutes(30));

    private static OutboundMessage replyTo(InboundMessage inbound, SandboxChannel channel, String key) {
        return new OutboundMessage(new MessageId(1), new ConversationId(1), key, channel.id(),
                channel.mediaType(), List.of(TrafficRun.canonical(inbound.from()).orElseThrow()),
                "Re: " + inbound.subject(),
                "Hej! Paketet är på väg.", Optional.empty(), List.of(), List.of(inbound.remoteId()),
                inbound.receivedAt());
    }

    @Test
    void givenAnAgentsEmailReply_theCustomerAnswersInTheSameThread_laterOn() {
        TrafficRun run = new TrafficRun(5, ALWAYS_ANSWER).run(Duration.ofHours(1), Duration.ofMinutes(1));
        InboundMessage mail = run.received.stream().filter(m -> m.mediaType() == MediaType.EMAIL).findFirst()
                .orElseThrow();
        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class,
                run.channels.email().send(replyTo(mail, run.channels.email(), "agent-reply-1"),
                        SendAttempt.first()));

        run.run(Duration.ofHours(3), Duration.ofMinutes(1));

        InboundMessage answer = run.received.stream().filter(m -> !m.threadKeys().isEmpty()
                && m.threadKeys().get(0).equals(sent.remoteId().orElseThrow())).findFirst().orElseThrow();
        assertEquals(mail.from().text(), answer.from().text());
        assertTrue(answer.subject().startsWith("Re: "));
        assertTrue(answer.threadKeys().contains(mail.remoteId()), "the thread's first message is referenced");
        assertTrue(answer.text().contains("> Hej! Paketet är på väg."), "quotes the agent");
    }

    @Test
    void givenAnAgentsChatReply_theVisitorAnswersWithinAMinute() {
        TrafficRun run = new TrafficRun(5, ALWAYS_ANSWER).run(Duration.ofHours(1), Duration.ofMinutes(1));
        InboundMessage line = run.received.stream().filter(m -> m.mediaType() == MediaType.CHAT).findFirst()
                .orElseThrow();
        SendResult.Sent sent = (SendResult.Sent) run.channels.chat().send(replyTo(line, run.channels.chat(), "c-1"),
                SendAttempt.first());
        Address visitor = TrafficRun.canonical(line.from()).orElseThrow();

        run.run(Duration.ofMinutes(2), Duration.ofSeconds(10));

        InboundMessage answer = run.received.stream().filter(m -> !m.threadKeys().isEmpty()
                && m.threadKeys().get(0).equals(sent.remoteId().orElseThrow())).findFirst().orElseThrow();
        assertEquals(visitor, TrafficRun.canonical(answer.from()).orElseThrow());
        assertEquals(line.metadata().get("chat.session"), answer.metadata().get("chat.session"));
    }
}
