package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * An inbound or outbound item in a conversation: an e-mail, a chat line, a social post, a call event.
 * <p>
 * Texts longer than the engine's cap (1 Mi characters) are stored cut at the cap with {@code truncated} set, so a
 * hostile or broken message is still visible. {@code metadata} keeps what only the channel understands (e-mail
 * headers, call leg ids, post ids) as plain strings.
 *
 * @param id             the message's id
 * @param conversationId the conversation it belongs to
 * @param customerId     the customer of that conversation (denormalised for the timeline)
 * @param direction      inbound from the customer or outbound to the customer
 * @param channelId      the channel it came in or goes out on
 * @param mediaType      the media type of that channel
 * @param remoteId       the channel's own id (e-mail Message-ID, call id, post id); for an outbound message the id
 *                       the channel reported after sending, empty before
 * @param from           the sender's address; present for inbound, empty for outbound (the channel's own)
 * @param to             the recipients' addresses; for outbound the customer's address
 * @param subject        the subject; empty for channels without subjects
 * @param text           the plain-text body, possibly empty
 * @param richBody       a formatted body beside the text, if the channel has one
 * @param attachments    references to attachments the plugin keeps
 * @param metadata       channel-specific key/value pairs
 * @param occurredAt     when it was received (as the channel reported) or queued by the agent; timeline order
 * @param recordedAt     when the engine stored it
 * @param deliveryState  where it is on its way; always {@link DeliveryState#RECEIVED} for inbound
 * @param truncated      true if the text or rich body was cut at the engine's cap
 * @param editedAt       when the sender last edited it, if they did (an edited chat message); {@code text} and
 *                       {@code richBody} are then the newest version, earlier ones are kept in the store
 * @param retractedAt    when the sender took it back, if they did (a deleted post or chat message); the text is
 *                       kept for the record but is no longer what the customer says, so show it as withdrawn
 * @param failureReason  why an outbound message {@link DeliveryState#FAILED failed}, as stored: a
 *                       {@link ChannelLimitProblem} the desktop words ({@link ChannelLimitProblem#fromStored}) or the
 *                       channel's own text (and, from before codes existed, the core's English); empty otherwise
 */
public record Message(MessageId id, ConversationId conversationId, CustomerId customerId, Direction direction,
        String channelId, MediaType mediaType, Optional<String> remoteId, Optional<Address> from, List<Address> to,
        String subject, String text, Optional<RichBody> richBody, List<AttachmentRef> attachments,
        Map<String, String> metadata, Instant occurredAt, Instant recordedAt, DeliveryState deliveryState,
        boolean truncated, Optional<Instant> editedAt, Optional<Instant> retractedAt, Optional<String> failureReason) {

    public Message {
        Checks.notNull(id, "message id");
        Checks.notNull(conversationId, "conversationId");
        Checks.notNull(customerId, "customerId");
        Checks.notNull(direction, "direction");
        Checks.notBlank(channelId, "channelId");
        Checks.notNull(mediaType, "mediaType");
        Checks.notNull(remoteId, "remoteId");
        Checks.notNull(from, "from");
        to = Checks.copyOf(to, "to");
        Checks.notNull(subject, "subject");
        Checks.notNull(text, "text");
        Checks.notNull(richBody, "richBody");
        attachments = Checks.copyOf(attachments, "attachments");
        metadata = Checks.copyOf(metadata, "metadata");
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(recordedAt, "recordedAt");
        Checks.notNull(deliveryState, "deliveryState");
        checkDirection(direction, from, deliveryState);
        Checks.notNull(editedAt, "editedAt");
        Checks.notNull(retractedAt, "retractedAt");
        Checks.notNull(failureReason, "failureReason");
    }

    /** A message without a failure reason (not failed, or failed before the core kept one). */
    public Message(MessageId id, ConversationId conversationId, CustomerId customerId, Direction direction,
            String channelId, MediaType mediaType, Optional<String> remoteId, Optional<Address> from,
            List<Address> to, String subject, String text, Optional<RichBody> richBody,
            List<AttachmentRef> attachments, Map<String, String> metadata, Instant occurredAt, Instant recordedAt,
            DeliveryState deliveryState, boolean truncated, Optional<Instant> editedAt,
            Optional<Instant> retractedAt) {
        this(id, conversationId, customerId, direction, channelId, mediaType, remoteId, from, to, subject, text,
                richBody, attachments, metadata, occurredAt, recordedAt, deliveryState, truncated, editedAt,
                retractedAt, Optional.empty());
    }

    /** A message its sender never edited or retracted. */
    public Message(MessageId id, ConversationId conversationId, CustomerId customerId, Direction direction,
            String channelId, MediaType mediaType, Optional<String> remoteId, Optional<Address> from,
            List<Address> to, String subject, String text, Optional<RichBody> richBody,
            List<AttachmentRef> attachments, Map<String, String> metadata, Instant occurredAt, Instant recordedAt,
            DeliveryState deliveryState, boolean truncated) {
        this(id, conversationId, customerId, direction, channelId, mediaType, remoteId, from, to, subject, text,
                richBody, attachments, metadata, occurredAt, recordedAt, deliveryState, truncated, Optional.empty(),
                Optional.empty());
    }

    /** {@return whether the sender took the message back} */
    public boolean retracted() {
        return retractedAt.isPresent();
    }

    private static void checkDirection(Direction direction, Optional<Address> from, DeliveryState state) {
        boolean inbound = direction == Direction.INBOUND;
        if (inbound != (state == DeliveryState.RECEIVED)) {
            throw new IllegalArgumentException("delivery state " + state + " does not fit a " + direction
                    + " message");
        }
        if (inbound && from.isEmpty()) {
            throw new IllegalArgumentException("an inbound message needs a from address");
        }
    }
}
