package org.samklang.core.internal.conversation;

import java.util.Optional;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;

/**
 * Where a reply goes and the channel's limits, worked out on the caller's thread (asking the plugin for its
 * capabilities never happens on the writer thread).
 *
 * @param capabilities what the channel declares; empty while it is not connected (then checked when it is sent)
 */
record ReplyTarget(String channelId, MediaType mediaType, Optional<ChannelCapabilities> capabilities) {
}
