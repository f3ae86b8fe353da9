package org.samklang.core.api.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * One way the customer of a conversation can be answered right now: a connected channel, the address the reply
 * would go to on it, and the channel's declared limits, so the composer can offer the choice and explain a refusal
 * before anything is sent.
 * <p>
 * Immutable. {@link #usable()} tells whether a reply on this option would be accepted by
 * {@code ConversationService.sendReply} as far as the channel's declarations go (the reply window is open); the
 * text length is the composer's to check against {@link #maxTextLength()}. Channels that carry calls only
 * (voice) are never options: a typed reply cannot go out on them.
 *
 * @param channelId             the channel instance id, e.g. {@code email.support}
 * @param mediaType             that channel's media type
 * @param address               where the reply would go: the address the customer last wrote from on this channel,
 *                              else the customer's newest address of a kind the channel reaches; never unresolved
 * @param conversationChannel   whether this is the channel the conversation runs on
 * @param maxTextLength         longest text the channel accepts, in characters ({@link Integer#MAX_VALUE}: no
 *                              channel limit; the engine's own cap of 1 Mi characters still applies)
 * @param attachments           whether the channel can send attachments
 * @param maxAttachmentBytes    largest attachment in bytes, 0 without attachments
 * @param canStartConversation  whether the channel may contact a customer who has not written on it first
 * @param replyWindow           how long after the customer's last message on the channel a reply is allowed; empty
 *                              if unlimited
 * @param windowClosesAt        when the reply window closes (closed) given the customer's last inbound message on
 *                              this channel; empty when the channel has no window or the customer never wrote on it
 * @param windowOpen            false when the channel has a reply window and it has closed, or the customer never
 *                              wrote on it and the channel cannot start a conversation
 */
public record ReplyOption(String channelId, MediaType mediaType, Address address,
        boolean conversationChannel, int maxTextLength, boolean attachments, long maxAttachmentBytes,
        boolean canStartConversation, Optional<Duration> replyWindow, Optional<Instant> windowClosesAt,
        boolean windowOpen) {

    public ReplyOption {
        Checks.notBlank(channelId, "channelId");
        Checks.notNull(mediaType, "mediaType");
        Checks.notNull(address, "address");
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be 1 or more, got " + maxTextLength);
        }
        if (maxAttachmentBytes < 0 || (!attachments && maxAttachmentBytes != 0)) {
            throw new IllegalArgumentException("maxAttachmentBytes must be 0 without attachments and not negative");
        }
        Checks.notNull(replyWindow, "replyWindow");
        Checks.notNull(windowClosesAt, "windowClosesAt");
        if (address.scheme() == Address.Scheme.UNRESOLVED) {
            throw new IllegalArgumentException("a reply option never offers an unresolved address");
        }
    }

    /** {@return whether the reply window allows a reply now (same as {@link #windowOpen()})} */
    public boolean usable() {
        return windowOpen;
    }
}
