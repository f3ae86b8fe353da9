package org.samklang.core.spi;

import java.time.Duration;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * What a channel can do, declared by the plugin so the core and the composer never have to discover it by failing.
 * <p>
 * The core refuses a reply longer than {@code maxTextLength}, outside the {@code replyWindow}, or with attachments
 * the channel does not carry (none, or one over {@code maxAttachmentBytes}) before it is queued, with a clear
 * reason, instead of letting the remote reject it later. Attachments reach the plugin as {@code file:} URIs of
 * copies the core staged in its data directory; the plugin reads them when it sends.
 *
 * @param maxTextLength        longest text the channel accepts, in characters; {@link #UNLIMITED} if none
 * @param attachments          whether attachments can be sent
 * @param maxAttachmentBytes   largest attachment in bytes (0 when attachments are not supported)
 * @param canStartConversation whether the channel can contact a customer who has not written first
 * @param replyWindow          how long after the customer's last message a reply is allowed (e.g. 24 h on some
 *                             messengers); empty if unlimited
 * @param deliveryReceipts     whether the channel reports DELIVERED receipts
 * @param readReceipts         whether the channel reports READ receipts
 * @param voiceControls        whether the channel has call controls (answer, hold, transfer)
 */
public record ChannelCapabilities(int maxTextLength, boolean attachments, long maxAttachmentBytes,
        boolean canStartConversation, Optional<Duration> replyWindow, boolean deliveryReceipts,
        boolean readReceipts, boolean voiceControls) {

    /** No length limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public ChannelCapabilities {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be 1 or more, got " + maxTextLength);
        }
        if (maxAttachmentBytes < 0 || (!attachments && maxAttachmentBytes != 0)) {
            throw new IllegalArgumentException("maxAttachmentBytes must be 0 without attachments and not negative");
        }
        Checks.notNull(replyWindow, "replyWindow");
        replyWindow.ifPresent(window -> {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("replyWindow must be positive");
            }
        });
    }

    /** A plain text channel without limits, attachments or receipts (a starting point for tests and sandboxes). */
    public static ChannelCapabilities plainText() {
        return new ChannelCapabilities(UNLIMITED, false, 0, false, Optional.empty(), false, false, false);
    }
}
