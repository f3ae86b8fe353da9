package org.samklang.ui.internal.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;
import org.samklang.ui.internal.model.TimelineEntry.Side;

/**
 * Turns messages into {@link TimelineEntry timeline entries}: plain text only. An HTML body goes through the
 * {@link HtmlText} sanitizer to structured text; an e-mail's quoted earlier mail is split off to be folded; call
 * events are described from their metadata; control, bidirectional and zero-width characters are removed and long
 * texts cut with a visible note, so one hostile message cannot freeze or fool the widget.
 * <p>
 * Thread-safe. Rendering a large HTML body takes milliseconds, so the part calls {@link #prepare} off the UI thread
 * when a page arrives; {@link #entry} on the UI thread then finds the rendered body in a small cache.
 */
public final class TimelineFormatter {

    /** Longest body shown per message before the agent unfolds anything. */
    static final int MAX_BODY_CHARS = 4_000;
    static final int MAX_BODY_LINES = 60;
    /** Longest quote shown when unfolded. */
    static final int MAX_QUOTE_CHARS = 20_000;
    static final int MAX_QUOTE_LINES = 400;
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_ADDRESSES = 300;
    private static final int MAX_ATTACHMENT_NAMES = 5;
    private static final int CACHED_BODIES = 512;

    /** A message's body, rendered once. */
    private record Body(String fresh, String quoted, String note) {
    }

    /** A body is rendered once per version of the message: an edit gives it a new key. */
    private record BodyKey(MessageId id, Optional<Instant> editedAt) {
    }

    private final UiMessages messages;
    private final ChannelTexts channels;
    private final TimeTexts times;
    private final CallEventText calls;
    private final ChannelLimitTexts limits;
    private final DateTimeFormatter fullDate;
    private final Map<BodyKey, Body> bodies = new LinkedHashMap<>(64, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<BodyKey, Body> eldest) {
            return size() > CACHED_BODIES;
        }
    };

    public TimelineFormatter(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.channels = new ChannelTexts(messages);
        this.times = times;
        this.calls = new CallEventText(messages);
        this.limits = new ChannelLimitTexts(messages, times);
        ZoneId zone = times.clock().getZone();
        this.fullDate = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
    }

    /** Renders {@code message}'s body into the cache; call it off the UI thread. */
    public void prepare(Message message) {
        body(message);
    }

    /** {@return the entry for {@code message}, shown in the part of {@code selected}} */
    public TimelineEntry entry(Message message, ConversationId selected) {
        boolean outbound = message.direction() == Direction.OUTBOUND;
        Body body = body(message);
        boolean email = message.mediaType() == MediaType.EMAIL;
        boolean uncertain = message.deliveryState() == DeliveryState.UNCERTAIN;
        String note = body.note();
        if (uncertain) {
            note = joinLines(messages.format("timeline.uncertain"), note);
        }
        if (message.deliveryState() == DeliveryState.FAILED && message.failureReason().isPresent()) {
            note = joinLines(messages.format("timeline.failed", limits.describeStored(message.failureReason().get())),
                    note);
        }
        if (message.retracted()) {
            note = joinLines(messages.format("timeline.retracted", times.moment(message.retractedAt().get())), note);
        }
        return new TimelineEntry(message.id(), heading(message, outbound), email ? headerLine(message) : "",
                email ? headerDetails(message) : "", DisplayText.oneLine(message.subject(), MAX_SUBJECT),
                withAttachments(body.fresh(), message.attachments()), body.quoted(), note, side(message, outbound),
                outbound, message.deliveryState() == DeliveryState.FAILED || uncertain,
                !message.conversationId().equals(selected), message.retracted());
    }

    private String heading(Message message, boolean outbound) {
        String glyph = ChannelTexts.glyph(message.mediaType());
        String when = times.moment(message.occurredAt());
        String media = channels.name(message.mediaType());
        if (!outbound) {
            if (message.retractedAt().isPresent()) {
                return messages.format("timeline.heading.inbound.retracted", glyph, when, media,
                        times.moment(message.retractedAt().get()));
            }
            if (message.editedAt().isPresent()) {
                return messages.format("timeline.heading.inbound.edited", glyph, when, media,
                        times.moment(message.editedAt().get()));
            }
            return messages.format("timeline.heading.inbound", glyph, when, media);
        }
        String state = messages.format("delivery." + UiMessages.keyOf(message.deliveryState()));
        return messages.format("timeline.heading.outbound", glyph, when, media, state);
    }

    private Body body(Message message) {
        BodyKey key = new BodyKey(message.id(), message.editedAt());
        synchronized (bodies) {
            Body cached = bodies.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Body rendered = render(message);
        synchronized (bodies) {
            bodies.put(key, rendered);
        }
        return rendered;
    }

    private Body render(Message message) {
        Optional<String> call = message.mediaType() == MediaType.VOICE
                ? calls.describe(message.metadata())
                : Optional.empty();
        if (call.isPresent() && message.text().isBlank()) {
            return new Body(call.get(), "", "");
        }
        Optional<RichBody> html = message.richBody().filter(rich -> rich.mimeType().toLowerCase(
                java.util.Locale.ROOT).startsWith("text/html"));
        String text;
        boolean cut = message.truncated();
        if (html.isPresent()) {
            HtmlText.Rendered rendered = HtmlText.render(html.get().content());
            text = rendered.text().isBlank() ? DisplayText.clean(message.text()) : rendered.text();
            cut |= rendered.cut();
        } else {
            text = DisplayText.clean(message.text());
        }
        QuotedText.Split split = message.mediaType() == MediaType.EMAIL
                ? QuotedText.split(text)
                : new QuotedText.Split(text, "");
        String fresh = DisplayText.firstLines(split.fresh(), MAX_BODY_LINES, MAX_BODY_CHARS);
        String quoted = split.quoted().isEmpty()
                ? ""
                : DisplayText.firstLines(split.quoted(), MAX_QUOTE_LINES, MAX_QUOTE_CHARS);
        return new Body(fresh.isEmpty() ? placeholder(message) : fresh, quoted, note(fresh, split.fresh(), cut));
    }

    private String placeholder(Message message) {
        return message.richBody().isPresent()
                ? messages.format("timeline.richOnly")
                : messages.format("timeline.noText");
    }

    private String note(String shown, String whole, boolean cutOnArrival) {
        if (cutOnArrival) {
            return messages.format("timeline.cutOnArrival");
        }
        if (shown.length() < whole.length()) {
            return messages.format("timeline.shortened", shown.length(), whole.length());
        }
        return "";
    }

    private String headerLine(Message message) {
        String to = addresses(message.to());
        if (message.direction() == Direction.OUTBOUND || message.from().isEmpty()) {
            return to.isEmpty() ? "" : messages.format("timeline.header.outbound", to);
        }
        String from = address(message.from().get());
        return to.isEmpty()
                ? messages.format("timeline.header.inboundNoTo", from)
                : messages.format("timeline.header.inbound", from, to);
    }

    private String headerDetails(Message message) {
        StringBuilder lines = new StringBuilder();
        message.from().ifPresent(from -> lines.append(messages.format("timeline.header.from", address(from))));
        appendLine(lines, messages.format("timeline.header.to", addresses(message.to())));
        String subject = DisplayText.oneLine(message.subject(), MAX_SUBJECT);
        if (!subject.isEmpty()) {
            appendLine(lines, messages.format("timeline.header.subject", subject));
        }
        appendLine(lines, messages.format("timeline.header.date", fullDate.format(message.occurredAt())));
        return lines.toString();
    }

    private static String joinLines(String first, String second) {
        return second.isEmpty() ? first : first + '\n' + second;
    }

    private static void appendLine(StringBuilder lines, String line) {
        if (!lines.isEmpty()) {
            lines.append('\n');
        }
        lines.append(line);
    }

    private static String addresses(List<Address> addresses) {
        return DisplayText.oneLine(addresses.stream().map(TimelineFormatter::address)
                .collect(Collectors.joining(", ")), MAX_ADDRESSES);
    }

    private static String address(Address address) {
        return DisplayText.oneLine(address.value(), MAX_ADDRESSES);
    }

    private static Side side(Message message, boolean outbound) {
        if (message.mediaType() != MediaType.CHAT && message.mediaType() != MediaType.SOCIAL) {
            return Side.FULL;
        }
        return outbound ? Side.AGENT : Side.CUSTOMER;
    }

    private String withAttachments(String body, List<AttachmentRef> attachments) {
        if (attachments.isEmpty()) {
            return body;
        }
        String names = attachments.stream().limit(MAX_ATTACHMENT_NAMES)
                .map(attachment -> DisplayText.oneLine(attachment.name(), 60))
                .map(name -> name.isEmpty() ? messages.format("timeline.unnamedAttachment") : name)
                .collect(Collectors.joining(", "));
        return body + '\n' + messages.format("timeline.attachments", attachments.size(), names);
    }
}
