package org.samklang.core.spi;

import java.util.Optional;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.MessageId;

/**
 * The core's answer to an {@link InboundUpdate} or {@link InboundRetraction}. Only {@code APPLIED} changed anything;
 * every status means the plugin is done with the change (acknowledge it to the remote), except a failed future,
 * which means the store could not write and the change should be handed in again later.
 *
 * @param status    what happened
 * @param messageId the item changed, for {@code APPLIED} and {@code UNCHANGED}
 * @param detail    why, in words for a log line; empty when applied
 */
public record ChangeReceipt(Status status, Optional<MessageId> messageId, String detail) {

    /** What happened to the change. */
    public enum Status {
        /** Stored, with its journal event. */
        APPLIED,
        /** Nothing to do: the same change again, an edit older than the stored one, or the item was retracted. */
        UNCHANGED,
        /** The channel never handed in an item with that remote id (or it was an outbound one). Not kept. */
        UNKNOWN_ITEM
    }

    public ChangeReceipt {
        Checks.notNull(status, "status");
        Checks.notNull(messageId, "messageId");
        Checks.notNull(detail, "detail");
        if (status != Status.UNKNOWN_ITEM && messageId.isEmpty()) {
            throw new IllegalArgumentException(status + " needs the message id");
        }
    }

    /** The change was stored. */
    public static ChangeReceipt applied(MessageId messageId) {
        return new ChangeReceipt(Status.APPLIED, Optional.of(messageId), "");
    }

    /** Nothing to do, and why. */
    public static ChangeReceipt unchanged(MessageId messageId, String why) {
        return new ChangeReceipt(Status.UNCHANGED, Optional.of(messageId), why);
    }

    /** No such item, and what was looked for. */
    public static ChangeReceipt unknownItem(String why) {
        return new ChangeReceipt(Status.UNKNOWN_ITEM, Optional.empty(), why);
    }
}
