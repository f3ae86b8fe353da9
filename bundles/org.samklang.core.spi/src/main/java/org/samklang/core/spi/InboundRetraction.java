package org.samklang.core.spi;

import java.time.Instant;

import org.samklang.core.api.internal.Checks;

/**
 * The sender took back an item the channel handed in earlier: a deleted social post, a chat message removed for
 * everyone. The item is found by the channel and the remote id it was handed in with. The core keeps its text for
 * the record and shows it as withdrawn; it is no longer what the customer says.
 *
 * @param channelId   the channel that handed the item in
 * @param remoteId    the remote id it was handed in with
 * @param retractedAt when the sender took it back, by the remote's clock
 */
public record InboundRetraction(String channelId, String remoteId, Instant retractedAt) {

    public InboundRetraction {
        Checks.notBlank(channelId, "channelId");
        Checks.notBlank(remoteId, "remoteId");
        Checks.notNull(retractedAt, "retractedAt");
    }
}
