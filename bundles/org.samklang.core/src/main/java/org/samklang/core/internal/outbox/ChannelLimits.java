package org.samklang.core.internal.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;

/**
 * The limits a channel declares in its {@link ChannelCapabilities}, checked by the core for every plugin, so no
 * plugin has to: before a reply is stored (the agent hears at once, nothing is queued that cannot go) and again
 * before each attempt against what the channel declares then, since a reply may wait in the outbox while its channel
 * is away or changes. Each method returns why the message does not fit, or empty. Pure: no I/O, no plugin calls.
 */
public final class ChannelLimits {

    private ChannelLimits() {
    }

    /** {@return why a message of {@code mediaType} with {@code text} cannot go on the channel, if it cannot} */
    public static Optional<String> textProblem(String channelId, MediaType mediaType, ChannelCapabilities declared,
            String text) {
        if (mediaType == MediaType.VOICE || declared.voiceControls()) {
            return Optional.of(channelId + " carries calls, not typed text; reply on another channel");
        }
        if (text.length() > declared.maxTextLength()) {
            return Optional.of("the reply has " + text.length() + " characters; " + channelId + " allows at most "
                    + declared.maxTextLength());
        }
        return Optional.empty();
    }

    /** {@return why the channel cannot carry the attachments, naming the first that does not fit} */
    public static Optional<String> attachmentProblem(String channelId, ChannelCapabilities declared,
            List<AttachmentRef> attachments) {
        if (attachments.isEmpty()) {
            return Optional.empty();
        }
        if (!declared.attachments()) {
            return Optional.of(channelId + " cannot carry attachments; remove '" + attachments.get(0).name() + "'"
                    + (attachments.size() > 1 ? " and the others" : "") + " or reply on another channel");
        }
        for (AttachmentRef attachment : attachments) {
            if (attachment.sizeBytes() > declared.maxAttachmentBytes()) {
                return Optional.of("attachment '" + attachment.name() + "' is " + attachment.sizeBytes() + " bytes; "
                        + channelId + " carries at most " + declared.maxAttachmentBytes() + " bytes per attachment");
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
    public static Optional<String> windowProblem(String channelId, ChannelCapabilities declared,
            Optional<Instant> customerLastWrote, Instant now) {
        if (customerLastWrote.isEmpty()) {
            return declared.canStartConversation()
                    ? Optional.empty()
                    : Optional.of("the customer has never written on " + channelId
                            + ", and that channel cannot start a conversation");
        }
        if (declared.replyWindow().isEmpty()) {
            return Optional.empty();
        }
        Duration window = declared.replyWindow().get();
        Instant closesAt = customerLastWrote.get().plus(window);
        return now.isAfter(closesAt)
                ? Optional.of("the reply window of " + channelId + " (" + window
                        + " after the customer's last message) closed at " + closesAt)
                : Optional.empty();
    }

    /** {@return the first problem of all of the above, for a message about to be handed to its channel} */
    static Optional<String> problem(OutboxItem item, ChannelCapabilities declared, Optional<Instant> lastWrote,
            Instant now) {
        return textProblem(item.channelId(), item.mediaType(), declared, item.text())
                .or(() -> attachmentProblem(item.channelId(), declared, item.attachments()))
                .or(() -> windowProblem(item.channelId(), declared, lastWrote, now));
    }
}
