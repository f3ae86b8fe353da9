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
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

/**
 * One sandbox channel and its simulated remote: accepts what agents send and records it as delivered. The core
 * checks what the channel declares (length, attachments, sizes, reply window, no text on the phone line) before it
 * hands anything over, so the channel refuses only what it cannot declare: a public social reply over 280
 * characters, an attachment it cannot read whole. A flapping channel answers "try again" while it is reconnecting.
 * Attachments are read in full before a message counts as delivered, as a real plugin reads them to encode them.
 * <p>
 * <b>At most once.</b> The channel keeps no list of sent keys: the core's ledger never hands it a reply whose outcome
 * it knows. When the core says an earlier attempt's outcome is unknown, each remote behaves like its real counterpart
 * ({@link RemoteDedup}): the chat server drops a repeated client id, the mail server does not dedupe but its Sent
 * folder can be searched for the Message-ID, and the social network can do neither, so the channel reports the
 * delivery uncertain rather than post twice.
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

    /** What the simulated remote does with a message it may have had already. */
    enum RemoteDedup {
        /** The remote drops a repeated key (a chat server's client message id): sending again is harmless. */
        BY_KEY,
        /** The remote delivers every copy (SMTP), but its Sent folder can be searched for the key. */
        SENT_FOLDER,
        /** The remote delivers every copy and cannot be asked (a social network's post API). */
        NONE
    }

    private final String channelId;
    private final String displayName;
    private final MediaType mediaType;
    private final ChannelCapabilities capabilities;
    private final Clock clock;
    private final Optional<FlapSchedule> flaps;
    private final String outageReason;
    private final RemoteDedup dedup;
    private final Instant createdAt;
    /** The simulated remote's own record of what it delivered (a mailbox's Sent folder, a chat server's log). */
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, Delivery> deliveredByKey = new HashMap<>();
    private final Consumer<Delivery> delivered;

    SandboxChannel(String channelId, String displayName, MediaType mediaType, ChannelCapabilities capabilities,
            Clock clock, Optional<FlapSchedule> flaps, String outageReason, RemoteDedup dedup,
            Consumer<Delivery> delivered) {
        this.dedup = dedup;
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
    public synchronized SendResult send(OutboundMessage message, SendAttempt attempt) {
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
        Delivery earlier = deliveredByKey.get(message.idempotencyKey());
        if (dedup == RemoteDedup.BY_KEY && earlier != null) {
            return SendResult.sent(earlier.remoteId());
        }
        if (attempt.previousOutcomeUnknown()) {
            if (dedup == RemoteDedup.SENT_FOLDER && earlier != null) {
                return SendResult.sent(earlier.remoteId());
            }
            if (dedup == RemoteDedup.NONE) {
                return SendResult.uncertain(channelId + " cannot tell whether the earlier attempt was posted: the"
                        + " network neither drops a repeat nor lets us look for it");
            }
        }
        Delivery delivery = new Delivery(message, remoteId(message), now);
        deliveredByKey.put(message.idempotencyKey(), delivery);
        deliveries.add(delivery);
        delivered.accept(delivery);
        return SendResult.sent(delivery.remoteId());
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

    /** What the real channel refuses and cannot declare in its capabilities; the core checks the rest. */
    private Optional<String> refusal(OutboundMessage message) {
        if (isPublicPost(message) && message.text().length() > PUBLIC_POST_LIMIT) {
            return Optional.of("the text is " + message.text().length() + " characters; " + channelId
                    + " takes at most " + PUBLIC_POST_LIMIT + " in a public reply");
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
            case VOICE -> "call-note-" + key;
        };
    }
}
