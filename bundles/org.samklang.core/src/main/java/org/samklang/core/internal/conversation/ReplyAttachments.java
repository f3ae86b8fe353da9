package org.samklang.core.internal.conversation;

import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.internal.attachments.AttachmentStaging;
import org.samklang.core.spi.ChannelCapabilities;

/**
 * The attachment rules a reply must pass before anything is stored: every attachment is a file staged on this
 * desk (so a plugin never reads a path that came with a request), and the target channel declares that it carries
 * attachments of that size. A channel that is not connected declares nothing: its reply waits in the outbox and
 * the plugin judges the size when it sends, as with the text length. Runs on the caller's thread; reads file
 * attributes only.
 */
final class ReplyAttachments {

    private final AttachmentStaging staging;

    ReplyAttachments(AttachmentStaging staging) {
        this.staging = staging;
    }

    /** @throws IllegalArgumentException naming the file and the channel's limit when a rule is broken */
    void check(List<AttachmentRef> attachments, String channelId, Optional<ChannelCapabilities> capabilities) {
        for (AttachmentRef attachment : attachments) {
            staging.requireStaged(attachment);
        }
        if (attachments.isEmpty() || capabilities.isEmpty()) {
            return;
        }
        ChannelCapabilities declared = capabilities.get();
        if (!declared.attachments()) {
            throw new IllegalArgumentException(channelId + " cannot carry attachments; remove '"
                    + attachments.get(0).name() + "'" + (attachments.size() > 1 ? " and the others" : "")
                    + " or reply on another channel");
        }
        for (AttachmentRef attachment : attachments) {
            if (attachment.sizeBytes() > declared.maxAttachmentBytes()) {
                throw new IllegalArgumentException("attachment '" + attachment.name() + "' is "
                        + attachment.sizeBytes() + " bytes; " + channelId + " carries at most "
                        + declared.maxAttachmentBytes() + " bytes per attachment");
            }
        }
    }
}
