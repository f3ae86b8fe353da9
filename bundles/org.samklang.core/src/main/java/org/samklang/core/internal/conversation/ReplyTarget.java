package org.samklang.core.internal.conversation;

import java.time.Duration;
import java.util.Optional;

import org.samklang.core.api.model.MediaType;

/**
 * Where a reply goes and the channel's limits, worked out on the caller's thread (asking the plugin for its
 * capabilities never happens on the writer thread).
 */
record ReplyTarget(String channelId, MediaType mediaType, Optional<Duration> replyWindow,
        boolean canStartConversation) {
}
