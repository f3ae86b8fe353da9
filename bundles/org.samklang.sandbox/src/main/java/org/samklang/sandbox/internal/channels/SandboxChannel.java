package org.samklang.sandbox.internal.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendResult;

/**
 * One sandbox channel: accepts what agents send, records it as delivered and never delivers one idempotency key
 * twice. It refuses what the real channel would refuse (too long, too large, text on the phone line, a public
 * social reply over 280 characters, an attachment it cannot read whole), and a flapping channel answers "try again"
 * while it is reconnecting. Attachments are read in full before a message counts as delivered, as a real plugin
 * reads them to encode them.
 * <p>
 * Thread-safe: {@link #send} is synchronized, {@link #health()} is a pure function of the clock. A delivery is told
 * to the listener given at construction, inside {@code send}.
 */
public final class SandboxChannel implements ChannelConnector {

    /** The longest public social post; direct messages may be longer, up to the declared maximum. */
    public static final int PUBLIC_POST_LIMIT = 280;

    /** A message the channel delivered, with the id the remote gave it. */
    public record Delivery(OutboundMessage message, String remoteId, Instant at) {
    }

    private final String channelId;
    private final String displayName;
    private final MediaType mediaType;
    private final ChannelCapabilities capabilities;
    private final Clock clock;
    private final Optional<FlapSchedule> flaps;
    private final String outageReason;
    private final Instant createdAt;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, String> remoteIdByKey = new HashMap<>();
    private final Consumer<Delivery> delivered;

    SandboxChannel(String channelId, String displayName, MediaType mediaType, ChannelCapabilities capabilities,
            Clock clock, Optional<FlapSchedule> flaps, String outageReason, Consumer<Delivery> delivered) {
        this.channelId = channelId;
        this.displayName = displayName;
        this.mediaType = mediaType;
        this.capabilities = capabilities;
        this.clock = clock;
        this.flaps = flaps;
        this.outageReason = outageReason;
        this.createdAt = clock.instant();
        this.delivered = delivered;
    }

    @Override
    public String id() {
        return channelId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public MediaType mediaType() {
        return mediaType;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public ConnectorHealth health() {
        Instant now = clock.instant();
        Optional<FlapSchedule.Outage> outage = flaps.flatMap(schedule -> schedule.outageAt(now));
        if (outage.isPresent()) {
            return new ConnectorHealth(ConnectorHealth.Status.DEGRADED, outageReason, outage.get().start());
        }
        Instant since = flaps.flatMap(schedule -> schedule.lastRecoveryBefore(now))
                .filter(recovered -> recovered.isAfter(createdAt)).orElse(createdAt);
        return ConnectorHealth.online(since);
    }

    @Override
    public synchronized SendResult send(OutboundMessage message) {
        if (message == null) {
            return SendResult.failed("no message given");
        }
        String known = remoteIdByKey.get(message.idempotencyKey());
        if (known != null) {
            return SendResult.sent(known);
        }
        Optional<String> refusal = refusal(message);
        if (refusal.isPresent()) {
            return SendResult.failed(refusal.get());
        }
        Instant now = clock.instant();
        Optional<FlapSchedule.Outage> outage = flaps.flatMap(schedule -> schedule.outageAt(now));
        if (outage.isPresent()) {
            return new SendResult.RetryableFailure(outageReason,
                    Optional.of(Duration.between(now, outage.get().end())));
        }
        String remoteId = remoteId(message);
        remoteIdByKey.put(message.idempotencyKey(), remoteId);
        Delivery delivery = new Delivery(message, remoteId, now);
        deliveries.add(delivery);
        delivered.accept(delivery);
        return SendResult.sent(remoteId);
    }

    /** {@return everything delivered so far, oldest first} */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** {@return what was delivered after the first {@code seen} deliveries} For followers that poll. */
    public synchronized List<Delivery> deliveriesAfter(int seen) {
        return seen >= deliveries.size()
                ? List.of()
                : List.copyOf(deliveries.subList(Math.max(seen, 0),
                        deliveries.size()));
    }

    private Optional<String> refusal(OutboundMessage message) {
        if (!message.channelId().equals(channelId)) {
            return Optional.of("message for channel " + message.channelId() + " sent to " + channelId);
        }
        if (capabilities.voiceControls()) {
            return Optional.of("the phone channel carries calls, not text; reply by e-mail or chat instead");
        }
        int limit = isPublicPost(message) ? PUBLIC_POST_LIMIT : capabilities.maxTextLength();
        if (message.text().length() > limit) {
            return Optional.of("the text is " + message.text().length() + " characters; " + channelId
                    + " takes at most " + limit + (limit == PUBLIC_POST_LIMIT ? " in a public reply" : ""));
        }
        if (!message.attachments().isEmpty() && !capabilities.attachments()) {
            return Optional.of(channelId + " cannot send attachments");
        }
        for (AttachmentRef attachment : message.attachments()) {
            if (attachment.sizeBytes() > capabilities.maxAttachmentBytes()) {
                return Optional.of("attachment '" + attachment.name() + "' is " + attachment.sizeBytes()
                        + " bytes; at most " + capabilities.maxAttachmentBytes() + " are allowed");
            }
        }
        for (AttachmentRef attachment : message.attachments()) {
            Optional<String> unreadable = StagedFiles.problem(attachment);
            if (unreadable.isPresent()) {
                return unreadable;
            }
        }
        return Optional.empty();
    }

    private boolean isPublicPost(OutboundMessage message) {
        return mediaType == MediaType.SOCIAL && message.threadKeys().stream().anyMatch(key -> key.startsWith("post:"));
    }

    private String remoteId(OutboundMessage message) {
        String key = message.idempotencyKey();
        return switch (mediaType) {
            case EMAIL -> key + "@sandbox.samklang.example";
            case CHAT -> "chat-out-" + key;
            case SOCIAL -> (isPublicPost(message) ? "post:out-" : "dm:out-") + key;
            case VOICE -> throw new IllegalStateException("voice sends are refused before this point");
        };
    }
}
