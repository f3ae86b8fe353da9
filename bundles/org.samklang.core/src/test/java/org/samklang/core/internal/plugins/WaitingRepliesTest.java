package org.samklang.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConnectorStatus.Health;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.spi.OutboundMessage;

/**
 * A channel instance removed while replies wait for it: they stay in the outbox, its status item says they wait,
 * and they go out once when an instance with that channel id returns.
 */
class WaitingRepliesTest {

    @TempDir
    Path data;

    @Test
    void repliesOfARemovedChannel_waitShownAsWaiting_andGoOutOnceWhenTheChannelReturns() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = PluginLifecycleTest.started(desk, "email.support");
            ConversationId conversation = PluginLifecycleTest.handIn(support, "m1");
            support.online(false);
            Message first = desk.desk.conversations().sendReply(conversation,
                    ReplyDraft.text("reply-1", "Tack, vi tittar på det.")).get(30, TimeUnit.SECONDS);
            Message second = desk.desk.conversations().sendReply(conversation,
                    ReplyDraft.text("reply-2", "Ordern är skickad.")).get(30, TimeUnit.SECONDS);

            desk.host().serviceRemoved(Facet.CHANNEL, support);

            ConnectorStatus waiting = desk.status("email.support", s -> s.health() == Health.OFFLINE);
            assertEquals("Test mailbox", waiting.displayName());
            assertEquals(ConnectorStatus.Role.CHANNEL, waiting.role());
            assertEquals("2 replies wait for this channel; it is not installed now. They go out when it is back.",
                    waiting.reason());
            assertEquals(Map.of("email.support", 2L), desk.desk.conversations().waitingReplies());
            assertTrue(List.of(DeliveryState.QUEUED, DeliveryState.SENDING).contains(stateOf(desk, first)));

            TestChannel back = new TestChannel();
            desk.add(back, TestChannelType.instance("email.support", "host", "imap.example"));

            HostDesk.await(() -> Optional.of(back.sent()).filter(sent -> sent.size() == 2), "both replies sent");
            assertEquals(java.util.Set.of(first.id(), second.id()), back.sent().stream()
                    .map(OutboundMessage::messageId).collect(java.util.stream.Collectors.toSet()));
            HostDesk.await(() -> Optional.of(stateOf(desk, second)).filter(s -> s == DeliveryState.SENT),
                    "the second reply marked sent");
            assertEquals(List.of(), support.sent());
            assertEquals(Map.of(), desk.desk.conversations().waitingReplies());
            assertEquals(Health.ONLINE, desk.status("email.support", s -> s.health() == Health.ONLINE).health());
            assertEquals(2, back.sent().size());
        }
    }

    private static DeliveryState stateOf(HostDesk desk, Message message) {
        return desk.desk.conversations().message(message.id()).orElseThrow().deliveryState();
    }
}
