package org.samklang.core.spi;

import java.time.Instant;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.DeliveryState;

/**
 * A channel's report that an outbound message reached (or failed to reach) the customer.
 * <p>
 * Receipts may arrive out of order, even before the core recorded that the message was sent; the core applies a
 * receipt only if it moves the message forward (QUEUED/SENDING &lt; SENT &lt; DELIVERED &lt; READ; FAILED from
 * anything before DELIVERED, and DELIVERED/READ after FAILED since the remote knows best) and ignores the rest with
 * a log line. A message whose delivery the channel reported {@code UNCERTAIN} takes any receipt: a channel that
 * later finds it in the remote (or learns it bounced) settles it this way.
 *
 * @param channelId  the channel the message went out on
 * @param messageRef the outbound idempotency key or the remote id the plugin reported in {@link SendResult.Sent}
 * @param state      {@code SENT}, {@code DELIVERED}, {@code READ} or {@code FAILED}
 * @param detail     the remote's wording (bounce reason), may be empty
 * @param at         when the remote reported it
 */
public record DeliveryReceipt(String channelId, String messageRef, DeliveryState state, String detail, Instant at) {

    /** What the core did with a receipt. */
    public enum Outcome {
        /** The message moved to the receipt's state; a journal event was written. */
        APPLIED,
        /** The message is already at or past that state; nothing changed. */
        STALE,
        /** No outbound message on that channel has this key or remote id. */
        UNKNOWN_MESSAGE
    }

    public DeliveryReceipt {
        Checks.notBlank(channelId, "channelId");
        Checks.notBlank(messageRef, "messageRef");
        Checks.notNull(state, "state");
        if (state == DeliveryState.RECEIVED || state == DeliveryState.UNCERTAIN || state.isPending()) {
            throw new IllegalArgumentException("a receipt reports SENT, DELIVERED, READ or FAILED, not " + state);
        }
        Checks.notNull(detail, "detail");
        Checks.notNull(at, "at");
    }
}
