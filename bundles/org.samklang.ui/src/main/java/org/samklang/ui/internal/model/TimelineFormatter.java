package org.samklang.ui.internal.model;

import java.util.List;
import java.util.stream.Collectors;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.Message;

/**
 * Turns messages into {@link TimelineEntry timeline entries}: plain text only (a rich body is never rendered),
 * control and zero-width characters removed, long texts cut with "…" so one hostile message cannot freeze the
 * widget. Thread-safe.
 */
public final class TimelineFormatter {

    /** Longest body shown per message; the rest is a click away in a later version, never silently dropped. */
    static final int MAX_BODY_CHARS = 4_000;
    static final int MAX_BODY_LINES = 60;
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_ATTACHMENT_NAMES = 5;

    private final UiMessages messages;
    private final ChannelTexts channels;
    private final TimeTexts times;

    public TimelineFormatter(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.channels = new ChannelTexts(messages);
        this.times = times;
    }

    /** {@return the entry for {@code message}, shown in the part of {@code selected}} */
    public TimelineEntry entry(Message message, ConversationId selected) {
        boolean outbound = message.direction() == Direction.OUTBOUND;
        return new TimelineEntry(heading(message, outbound), DisplayText.oneLine(message.subject(), MAX_SUBJECT),
                body(message), outbound, message.deliveryState() == DeliveryState.FAILED,
                !message.conversationId().equals(selected));
    }

    private String heading(Message message, boolean outbound) {
        String glyph = ChannelTexts.glyph(message.mediaType());
        String when = times.moment(message.occurredAt());
        String media = channels.name(message.mediaType());
        if (!outbound) {
            return messages.format("timeline.heading.inbound", glyph, when, media);
        }
        String state = messages.format("delivery." + UiMessages.keyOf(message.deliveryState()));
        return messages.format("timeline.heading.outbound", glyph, when, media, state);
    }

    private String body(Message message) {
        String text = DisplayText.firstLines(message.text(), MAX_BODY_LINES, MAX_BODY_CHARS);
        StringBuilder body = new StringBuilder(text.isEmpty() ? messages.format("timeline.noText") : text);
        if (message.truncated() && !text.endsWith(DisplayText.ELLIPSIS)) {
            body.append(DisplayText.ELLIPSIS);
        }
        if (message.richBody().isPresent() && text.isEmpty()) {
            body.setLength(0);
            body.append(messages.format("timeline.richOnly"));
        }
        if (!message.attachments().isEmpty()) {
            body.append('\n').append(attachments(message.attachments()));
        }
        return body.toString();
    }

    private String attachments(List<AttachmentRef> attachments) {
        String names = attachments.stream().limit(MAX_ATTACHMENT_NAMES)
                .map(attachment -> DisplayText.oneLine(attachment.name(), 60))
                .map(name -> name.isEmpty() ? messages.format("timeline.unnamedAttachment") : name)
                .collect(Collectors.joining(", "));
        return messages.format("timeline.attachments", attachments.size(), names);
    }
}
