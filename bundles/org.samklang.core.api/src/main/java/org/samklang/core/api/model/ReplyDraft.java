package org.samklang.core.api.model;

import java.util.List;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * What an agent wants to send in a conversation.
 * <p>
 * {@code clientKey} makes sending idempotent: the UI generates it once per draft (a random UUID is fine) and
 * reuses it when it retries after a timeout or a restart; the engine stores one reply per key and returns the
 * stored one on a repeat. The engine derives the outbound idempotency key the channel uses from it.
 *
 * @param clientKey   the draft's idempotency key, 1 to 200 characters
 * @param channelId   the channel to reply on; empty for the conversation's own channel
 * @param to          the recipient; empty for the customer's latest address on that channel
 * @param subject     the subject; empty for "Re: " plus the conversation's subject where the channel has subjects
 * @param text        the plain-text body, not blank
 * @param richBody    an optional formatted body
 * @param attachments references to attachments the target channel can fetch (staged by
 *                    {@code AttachmentService}), at most {@link #MAX_ATTACHMENTS}
 */
public record ReplyDraft(String clientKey, Optional<String> channelId, Optional<Address> to, Optional<String> subject,
        String text, Optional<RichBody> richBody, List<AttachmentRef> attachments) {

    /** Longest accepted {@link #clientKey()}. */
    public static final int MAX_KEY_LENGTH = 200;

    /** Most attachments on one reply. */
    public static final int MAX_ATTACHMENTS = 20;

    public ReplyDraft {
        Checks.notBlank(clientKey, "clientKey");
        if (clientKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("clientKey longer than " + MAX_KEY_LENGTH + " characters");
        }
        Checks.notNull(channelId, "channelId");
        Checks.notNull(to, "to");
        Checks.notNull(subject, "subject");
        Checks.notBlank(text, "reply text");
        Checks.notNull(richBody, "richBody");
        attachments = checkAttachments(attachments);
    }

    /** This draft with {@code files} attached instead of the attachments it had. */
    public ReplyDraft withAttachments(List<AttachmentRef> files) {
        return new ReplyDraft(clientKey, channelId, to, subject, text, richBody, files);
    }

    /** A plain-text reply on the conversation's channel to the customer's latest address there. */
    public static ReplyDraft text(String clientKey, String text) {
        return new ReplyDraft(clientKey, Optional.empty(), Optional.empty(), Optional.empty(), text, Optional.empty(),
                List.of());
    }

    /** This draft sent on another channel, e.g. an SMS answer to a call. */
    public ReplyDraft onChannel(String otherChannelId) {
        return new ReplyDraft(clientKey, Optional.of(Checks.notBlank(otherChannelId, "channelId")), to, subject, text,
                richBody, attachments);
    }

    /** This draft sent to a given address instead of the customer's latest one. */
    public ReplyDraft withRecipient(Address recipient) {
        return new ReplyDraft(clientKey, channelId, Optional.of(Checks.notNull(recipient, "to")), subject, text,
                richBody, attachments);
    }

    static List<AttachmentRef> checkAttachments(List<AttachmentRef> attachments) {
        List<AttachmentRef> copy = Checks.copyOf(attachments, "attachments");
        if (copy.size() > MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("at most " + MAX_ATTACHMENTS + " attachments, got " + copy.size());
        }
        return copy;
    }
}
