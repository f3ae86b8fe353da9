package org.samklang.core.spi;

import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.RichBody;

/**
 * The sender changed an item the channel handed in earlier: an edited chat message, a corrected post. The item is
 * found by the channel and the remote id it was handed in with; its text becomes {@code text} (and {@code richBody}),
 * and the earlier text is kept by the core for the record. Texts beyond 1 Mi characters are cut and flagged, as on
 * {@link InboundSink#accept}.
 *
 * @param channelId the channel that handed the item in
 * @param remoteId  the remote id it was handed in with
 * @param text      the new plain text, possibly empty
 * @param richBody  the new formatted body, if the channel has one
 * @param editedAt  when the sender edited it, by the remote's clock; an edit no newer than one already stored is
 *                  answered {@link ChangeReceipt.Status#UNCHANGED}
 */
public record InboundUpdate(String channelId, String remoteId, String text, Optional<RichBody> richBody,
        Instant editedAt) {

    public InboundUpdate {
        Checks.notBlank(channelId, "channelId");
        Checks.notBlank(remoteId, "remoteId");
        Checks.notNull(text, "text");
        Checks.notNull(richBody, "richBody");
        Checks.notNull(editedAt, "editedAt");
    }

    /** A plain-text edit. */
    public static InboundUpdate text(String channelId, String remoteId, String text, Instant editedAt) {
        return new InboundUpdate(channelId, remoteId, text, Optional.empty(), editedAt);
    }
}
