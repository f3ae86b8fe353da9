package org.samklang.sandbox.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;
import org.samklang.sandbox.internal.ManualClock;

class SandboxChannelsTest {

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final SandboxChannels channels = new SandboxChannels(42, clock);
    @TempDir
    Path tempDir;

    private static OutboundMessage message(SandboxChannel channel, String key, String text, List<String> threadKeys,
            List<AttachmentRef> attachments) {
        Address to = channel.mediaType() == MediaType.SOCIAL
                ? new Address(Address.Scheme.SOCIAL, "x:kund")
                : Address.mailto("anna@brevlada.example");
        return new OutboundMessage(new MessageId(1), new ConversationId(1), key, channel.id(),
                channel.mediaType(), List.of(to), "", text, Optional.empty(), attachments, threadKeys,
                Instant.parse("2025-11-12T09:00:00Z"));
    }

    private static OutboundMessage message(SandboxChannel channel, String key, String text) {
        return message(channel, key, text, List.of(), List.of());
    }

    /** The chat channel's health at a quiet moment, found by scanning. */
    private Instant momentWhenChat(ConnectorHealth.Status wanted) {
        for (int second = 0; second < 6 * 3600; second++) {
            clock.set(ManualClock.WEDNESDAY_MORNING.plusSeconds(second));
            if (channels.chat().health().status() == wanted) {
                return clock.instant();
            }
        }
        throw new AssertionError("chat never " + wanted);
    }

    private static final SendAttempt FIRST = SendAttempt.first();
    private static final SendAttempt AFTER_A_CUT_OFF = new SendAttempt(2, true);

    @Test
    void theChatServerDropsARepeatedClientId_soAnAttemptAfterACutOffIsSentAgainAndDeliveredOnce() {
        SandboxChannel chat = channels.chat();
        momentWhenChat(ConnectorHealth.Status.ONLINE);

        SendResult first = chat.send(message(chat, "reply-1", "Hej Anna!"), FIRST);
        SendResult again = chat.send(message(chat, "reply-1", "Hej Anna!"), AFTER_A_CUT_OFF);

        assertEquals(first, again);
        assertEquals(1, chat.deliveries().size());
    }

    @Test
    void theMailServerDoesNotDedupe_soAfterACutOffTheChannelLooksInTheSentFolderInsteadOfSendingAgain() {
        SandboxChannel email = channels.email();

        SendResult first = email.send(message(email, "reply-1", "Hej Anna!"), FIRST);
        SendResult found = email.send(message(email, "reply-1", "Hej Anna!"), AFTER_A_CUT_OFF);
        SendResult notThere = email.send(message(email, "reply-2", "Hej igen!"), AFTER_A_CUT_OFF);

        assertEquals(first, found);
        assertEquals("reply-1@sandbox.samklang.example", ((SendResult.Sent) first).remoteId().orElseThrow());
        assertInstanceOf(SendResult.Sent.class, notThere);
        assertEquals(List.of("reply-1", "reply-2"), email.deliveries().stream()
                .map(delivery -> delivery.message().idempotencyKey()).toList());
    }

    @Test
    void aSocialNetworkCanNeitherDedupeNorBeAsked_soAfterACutOffTheDeliveryIsReportedUncertain() {
        SandboxChannel social = channels.social();

        SendResult uncertain = social.send(message(social, "d1", "Hej!", List.of("dm:18"), List.of()),
                AFTER_A_CUT_OFF);

        assertInstanceOf(SendResult.Uncertain.class, uncertain);
        assertEquals(List.of(), social.deliveries(), "not posted a possible second time");
    }

    @Test
    void eachChannelDeclaresTheLimitsOfItsRealCounterpart() {
        assertEquals(25_000, channels.email().capabilities().maxTextLength());
        assertEquals(10L * 1024 * 1024, channels.email().capabilities().maxAttachmentBytes());
        assertEquals(10_000, channels.chat().capabilities().maxTextLength());
        assertEquals(Optional.of(Duration.ofHours(24)), channels.social().capabilities().replyWindow());
        assertTrue(channels.phone().capabilities().voiceControls());
        assertEquals(List.of(MediaType.VOICE, MediaType.EMAIL, MediaType.CHAT, MediaType.SOCIAL),
                channels.all().stream().map(SandboxChannel::mediaType).toList());
    }

    @Test
    void aPublicSocialReply_takes280Characters_aDirectMessageMore() {
        SandboxChannel social = channels.social();
        String text = "x".repeat(281);

        SendResult publicReply = social.send(message(social, "p1", text, List.of("post:17"), List.of()), FIRST);
        SendResult directMessage = social.send(message(social, "d1", text, List.of("dm:18"), List.of()), FIRST);

        assertTrue(((SendResult.PermanentFailure) publicReply).reason().contains("280"));
        assertEquals("dm:out-d1", ((SendResult.Sent) directMessage).remoteId().orElseThrow());
    }

    @Test
    void attachments_byEmailUpToTenMegabytes_byChatUpToFive_neverOnSocial_asDeclaredForTheCoreToCheck() {
        assertTrue(channels.email().capabilities().attachments());
        assertEquals(10L * 1024 * 1024, channels.email().capabilities().maxAttachmentBytes());
        assertEquals(5L * 1024 * 1024, channels.chat().capabilities().maxAttachmentBytes());
        assertFalse(channels.social().capabilities().attachments());
    }

    @Test
    void anAttachment_isReadWholeBeforeDelivery_aMissingOrShortFileIsRefusedWithTheName() throws IOException {
        AttachmentRef kept = staged("kvitto.pdf", 1_000);
        AttachmentRef missing = new AttachmentRef("borta.pdf", "application/pdf", 10,
                tempDir.resolve("borta").toUri().toString());
        AttachmentRef wrongSize = new AttachmentRef("kort.pdf", "application/pdf", 2_000, kept.uri());

        SendResult gone = channels.email().send(message(channels.email(), "b1", "se bilaga", List.of(),
                List.of(missing)), FIRST);
        SendResult shorter = channels.email().send(message(channels.email(), "b2", "se bilaga", List.of(),
                List.of(wrongSize)), FIRST);
        SendResult whole = channels.email().send(message(channels.email(), "b3", "se bilaga", List.of(),
                List.of(kept)), FIRST);

        assertTrue(((SendResult.PermanentFailure) gone).reason().contains("borta.pdf"));
        assertTrue(((SendResult.PermanentFailure) shorter).reason().contains("1000 bytes"));
        assertInstanceOf(SendResult.Sent.class, whole);
    }

    private AttachmentRef staged(String name, int size) throws IOException {
        Path file = tempDir.resolve(name);
        Files.write(file, new byte[size]);
        return new AttachmentRef(name, "application/pdf", size, file.toUri().toString());
    }

    @Test
    void theChatChannelFlaps_nowAndThen_whileTheOthersStayOnline() {
        int degradedSeconds = 0;
        int checked = 2 * 3600;
        for (int second = 0; second < checked; second++) {
            clock.set(ManualClock.WEDNESDAY_MORNING.plusSeconds(second));
            ConnectorHealth health = channels.chat().health();
            if (health.status() == ConnectorHealth.Status.DEGRADED) {
                degradedSeconds++;
                assertTrue(health.reason().contains("Reconnecting"));
                assertTrue(!health.since().isAfter(clock.instant()));
            }
            assertEquals(ConnectorHealth.Status.ONLINE, channels.email().health().status());
        }
        assertTrue(degradedSeconds > 30 && degradedSeconds < checked / 20, "degraded seconds: " + degradedSeconds);
    }

    @Test
    void whileChatReconnects_sendsAreRetryable_withAHintWhenToTryAgain() {
        Instant during = momentWhenChat(ConnectorHealth.Status.DEGRADED);

        SendResult result = channels.chat().send(message(channels.chat(), "r1", "Hej!"), FIRST);

        SendResult.RetryableFailure retry = assertInstanceOf(SendResult.RetryableFailure.class, result);
        Duration wait = retry.retryAfter().orElseThrow();
        assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofSeconds(25)) <= 0, "wait " + wait);
        clock.set(during.plus(wait));
        assertInstanceOf(SendResult.Sent.class, channels.chat().send(message(channels.chat(), "r1", "Hej!"),
                new SendAttempt(2, false)));
        assertEquals(ConnectorHealth.Status.ONLINE, channels.chat().health().status());
        assertEquals(clock.instant(), channels.chat().health().since(), "online since the outage ended");
    }
}
