package org.samklang.core.spi;

import java.util.Optional;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MessageId;

/**
 * The core's answer to an {@link InboundMessage}: stored durably, already stored, or refused.
 * <p>
 * {@code STORED} and {@code DUPLICATE} both mean the item is safely in the store: the plugin may now acknowledge it
 * to its remote (flag the mail seen, ack the queue). {@code detail} says what the core normalised (truncated text,
 * unresolved sender address) so the plugin can log it.
 *
 * @param status         what happened
 * @param messageId      the stored message (for {@code STORED} and {@code DUPLICATE})
 * @param conversationId its conversation (for {@code STORED} and {@code DUPLICATE})
 * @param detail         a human-readable note, empty if there is nothing to say
 */
public record InboundReceipt(Status status, Optional<MessageId> messageId, Optional<ConversationId> conversationId,
        String detail) {

    /** What happened to the message. */
    public enum Status {
        /** Newly stored and committed. */
        STORED,
        /** Stored earlier under the same channel id and remote id; not stored again. */
        DUPLICATE,
        /** Refused; {@code detail} says why. The plugin should log it and not hand it in again unchanged. */
        REJECTED
    }

    public InboundReceipt {
        Checks.notNull(status, "status");
        Checks.notNull(messageId, "messageId");
        Checks.notNull(conversationId, "conversationId");
        Checks.notNull(detail, "detail");
        if (status != Status.REJECTED && (messageId.isEmpty() || conversationId.isEmpty())) {
            throw new IllegalArgumentException(status + " needs the message and conversation ids");
        }
    }

    /** A receipt for a stored or duplicate message. */
    public static InboundReceipt of(Status status, MessageId messageId, ConversationId conversationId,
            String detail) {
        return new InboundReceipt(status, Optional.of(messageId), Optional.of(conversationId), detail);
    }

    /** A refusal with its reason. */
    public static InboundReceipt rejected(String reason) {
        return new InboundReceipt(Status.REJECTED, Optional.empty(), Optional.empty(), reason);
    }
}
