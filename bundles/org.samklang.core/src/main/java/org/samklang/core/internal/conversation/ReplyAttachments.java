package org.samklang.core.internal.conversation;

import org.samklang.core.api.ChannelLimitException;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.internal.attachments.AttachmentStaging;
import org.samklang.core.internal.outbox.ChannelLimits;
import org.samklang.core.spi.ChannelCapabilities;

/**
 * The attachment rules a reply must pass before anything is stored: every attachment is a file staged on this
 * desk (so a plugin never reads a path that came with a request), and the target channel declares that it carries
 * attachments of that size ({@link ChannelLimits}). A channel that is not connected declares nothing: its reply
 * waits in the outbox, which checks the same limits before it hands the reply over. Runs on the caller's thread;
 * reads file attributes only.
 */
final class ReplyAttachments {

    private final AttachmentStaging staging;

    ReplyAttachments(AttachmentStaging staging) {
        this.staging = staging;
    }

    /**
     * @throws IllegalArgumentException     when an attachment was not staged
     * @throws ChannelLimitException naming the file and the channel's limit when the channel cannot carry it
     */
    void check(List<AttachmentRef> attachments, String channelId, Optional<ChannelCapabilities> capabilities) {
        for (AttachmentRef attachment : attachments) {
            staging.requireStaged(attachment);
        }
        if (capabilities.isPresent()) {
            ChannelLimits.attachmentProblem(channelId, capabilities.get(), attachments).ifPresent(problem -> {
                throw new ChannelLimitException(problem);
            });
        }
    }
}
