package org.samklang.core.internal.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ChannelLimitProblem;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;

/**
 * The limits a channel declares in its {@link ChannelCapabilities}, checked by the core for every plugin, so no
 * plugin has to: before a reply is stored (the agent hears at once, nothing is queued that cannot go) and again
 * before each attempt against what the channel declares then, since a reply may wait in the outbox while its channel
 * is away or changes. Each method returns why the message does not fit, as a code the desktop words, or empty.
 * Pure: no I/O, no plugin calls.
 */
public final class ChannelLimits {

    private ChannelLimits() {
    }

    /** {@return why a message of {@code mediaType} with {@code text} cannot go on the channel, if it cannot} */
    public static Optional<ChannelLimitProblem> textProblem(String channelId, MediaType mediaType,
            ChannelCapabilities declared,
            String text) {
        if (mediaType == MediaType.VOICE || declared.voiceControls()) {
            return Optional.of(ChannelLimitProblem.callChannel(channelId));
        }
        if (text.length() > declared.maxTextLength()) {
            return Optional.of(ChannelLimitProblem.textTooLong(channelId, text.length(), declared.maxTextLength()));
        }
        return Optional.empty();
    }

    /** {@return why the channel cannot carry the attachments, naming the first that does not fit} */
    public static Optional<ChannelLimitProblem> attachmentProblem(String channelId, ChannelCapabilities declared,
            List<AttachmentRef> attachments) {
        if (attachments.isEmpty()) {
            return Optional.empty();
        }
        if (!declared.attachments()) {
            return Optional.of(ChannelLimitProblem.noAttachments(channelId, attachments.get(0).name(),
                    attachments.size()));
        }
        for (AttachmentRef attachment : attachments) {
            if (attachment.sizeBytes() > declared.maxAttachmentBytes()) {
                return Optional.of(ChannelLimitProblem.attachmentTooLarge(channelId, attachment.name(),
                        attachment.sizeBytes(), declared.maxAttachmentBytes()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return why the channel cannot reach the customer now: it cannot start a conversation and they never wrote on
     * it, or its reply window after their last message there has closed}
     *
     * @param customerLastWrote when the customer last wrote on this channel, in any of their conversations
     */
    public static Optional<ChannelLimitProblem> windowProblem(String channelId, ChannelCapabilities declared,
            Optional<Instant> customerLastWrote, Instant now) {
        if (customerLastWrote.isEmpty()) {
            return declared.canStartConversation()
                    ? Optional.empty()
                    : Optional.of(ChannelLimitProblem.cannotStart(channelId));
        }
        if (declared.replyWindow().isEmpty()) {
            return Optional.empty();
        }
        Duration window = declared.replyWindow().get();
        Instant closesAt = customerLastWrote.get().plus(window);
        return now.isAfter(closesAt)
                ? Optional.of(ChannelLimitProblem.windowClosed(channelId, window, closesAt))
                : Optional.empty();
    }

    /** {@return the first problem of all of the above, for a message about to be handed to its channel} */
    static Optional<ChannelLimitProblem> problem(OutboxItem item, ChannelCapabilities declared,
            Optional<Instant> lastWrote,
            Instant now) {
        return textProblem(item.channelId(), item.mediaType(), declared, item.text())
                .or(() -> attachmentProblem(item.channelId(), declared, item.attachments()))
                .or(() -> windowProblem(item.channelId(), declared, lastWrote, now));
    }
}
