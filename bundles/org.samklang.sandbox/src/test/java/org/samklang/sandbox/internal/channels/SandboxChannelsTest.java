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
                channel.mediaType(), List.of(to), "", text, Optional.empty(), attachments, threadKeys, 1,
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

    @Test
    void theSameIdempotencyKeyTwice_isDeliveredOnce_withTheSameRemoteId() {
        SandboxChannel email = channels.email();

        SendResult first = email.send(message(email, "reply-1", "Hej Anna!"));
        SendResult again = email.send(message(email, "reply-1", "Hej Anna!"));

        assertEquals(first, again);
        assertEquals(1, email.deliveries().size());
        assertEquals("reply-1@sandbox.samklang.example", ((SendResult.Sent) first).remoteId().orElseThrow());
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
    void textsOverTheLimit_areRefusedPermanently_withTheLimitInTheReason() {
        SendResult tooLong = channels.email().send(message(channels.email(), "k1", "x".repeat(25_001)));
        SendResult fits = channels.email().send(message(channels.email(), "k2", "x".repeat(25_000)));
        SendResult chatTooLong = channels.chat().send(message(channels.chat(), "k3", "x".repeat(10_001)));

        assertTrue(((SendResult.PermanentFailure) tooLong).reason().contains("25000"));
        assertInstanceOf(SendResult.Sent.class, fits);
        assertInstanceOf(SendResult.PermanentFailure.class, chatTooLong);
    }

    @Test
    void aPublicSocialReply_takes280Characters_aDirectMessageMore() {
        SandboxChannel social = channels.social();
        String text = "x".repeat(281);

        SendResult publicReply = social.send(message(social, "p1", text, List.of("post:17"), List.of()));
        SendResult directMessage = social.send(message(social, "d1", text, List.of("dm:18"), List.of()));

        assertTrue(((SendResult.PermanentFailure) publicReply).reason().contains("280"));
        assertEquals("dm:out-d1", ((SendResult.Sent) directMessage).remoteId().orElseThrow());
    }

    @Test
    void attachments_byEmailUpToTenMegabytes_byChatUpToFive_neverOnSocial() throws IOException {
        AttachmentRef big = new AttachmentRef("big.pdf", "application/pdf", 10L * 1024 * 1024 + 1, "file:big");
        AttachmentRef small = staged("kvitto.pdf", 80_000);
        AttachmentRef mediumForChat = new AttachmentRef("film.mp4", "video/mp4", 5L * 1024 * 1024 + 1, "file:film");

        assertInstanceOf(SendResult.PermanentFailure.class,
                channels.email().send(message(channels.email(), "a1", "se bilaga", List.of(), List.of(big))));
        assertInstanceOf(SendResult.Sent.class,
                channels.email().send(message(channels.email(), "a2", "se bilaga", List.of(), List.of(small))));
        assertInstanceOf(SendResult.PermanentFailure.class,
                channels.chat().send(message(channels.chat(), "a3", "se bilaga", List.of(), List.of(mediumForChat))));
        assertInstanceOf(SendResult.PermanentFailure.class,
                channels.social().send(message(channels.social(), "a4", "se bilaga", List.of("dm:1"),
                        List.of(small))));
        assertTrue(channels.chat().capabilities().attachments());
        assertFalse(channels.social().capabilities().attachments());
    }

    @Test
    void anAttachment_isReadWholeBeforeDelivery_aMissingOrShortFileIsRefusedWithTheName() throws IOException {
        AttachmentRef kept = staged("kvitto.pdf", 1_000);
        AttachmentRef missing = new AttachmentRef("borta.pdf", "application/pdf", 10,
                tempDir.resolve("borta").toUri().toString());
        AttachmentRef wrongSize = new AttachmentRef("kort.pdf", "application/pdf", 2_000, kept.uri());

        SendResult gone = channels.email().send(message(channels.email(), "b1", "se bilaga", List.of(),
                List.of(missing)));
        SendResult shorter = channels.email().send(message(channels.email(), "b2", "se bilaga", List.of(),
                List.of(wrongSize)));
        SendResult whole = channels.email().send(message(channels.email(), "b3", "se bilaga", List.of(),
                List.of(kept)));

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
    void thePhoneChannel_refusesText_andAMessageForAnotherChannelIsRefused() {
        assertInstanceOf(SendResult.PermanentFailure.class,
                channels.phone().send(message(channels.phone(), "t1", "hej")));
        assertInstanceOf(SendResult.PermanentFailure.class,
                channels.chat().send(message(channels.email(), "t2", "hej")));
        assertInstanceOf(SendResult.PermanentFailure.class, channels.chat().send(null));
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

        SendResult result = channels.chat().send(message(channels.chat(), "r1", "Hej!"));

        SendResult.RetryableFailure retry = assertInstanceOf(SendResult.RetryableFailure.class, result);
        Duration wait = retry.retryAfter().orElseThrow();
        assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofSeconds(25)) <= 0, "wait " + wait);
        clock.set(during.plus(wait));
        assertInstanceOf(SendResult.Sent.class, channels.chat().send(message(channels.chat(), "r1", "Hej!")));
        assertEquals(ConnectorHealth.Status.ONLINE, channels.chat().health().status());
        assertEquals(clock.instant(), channels.chat().health().since(), "online since the outage ended");
    }
}
