package org.samklang.core.api.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * Why a reply does not fit what its channel declares (or what the desk keeps), as a code and its data, so the desktop
 * words it in the user's language. The core stores it with a reply it refuses to send ({@link #toStored()}, the
 * {@code detail} of {@link JournalEvent.DeliveryStateChanged}); {@link #fromStored(String)} reads it back, and a
 * detail stored before codes existed (free English text) is simply not a problem of this kind. Immutable.
 *
 * @param kind      what does not fit
 * @param channelId the channel whose limit it is
 * @param values    the kind's data, in the order its constant documents, as text
 */
public record ChannelLimitProblem(Kind kind, String channelId, List<String> values) {

    private static final String STORED_PREFIX = "limit:";

    /** What does not fit; each constant names its {@link #values()}. */
    public enum Kind {

        /** The channel carries calls, not typed text. No values. */
        CALL_CHANNEL(0),
        /** The text is longer than the channel carries. Values: the text's length, the channel's maximum. */
        TEXT_TOO_LONG(2),
        /** The text is longer than the desk keeps (any channel). Values: the text's length, the maximum kept. */
        TEXT_TOO_LONG_TO_KEEP(2),
        /** The channel carries no attachments. Values: the first attachment's name, the number of attachments. */
        NO_ATTACHMENTS(2),
        /** An attachment is larger than the channel carries. Values: its name, its size, the maximum (bytes). */
        ATTACHMENT_TOO_LARGE(3),
        /** The customer never wrote on the channel and it cannot start a conversation. No values. */
        CANNOT_START(0),
        /**
         * The reply window after the customer's last message closed. Values: the window (ISO-8601 duration), when it
         * closed (ISO-8601 instant).
         */
        WINDOW_CLOSED(2);

        private final int valueCount;

        Kind(int valueCount) {
            this.valueCount = valueCount;
        }
    }

    public ChannelLimitProblem {
        Checks.notNull(kind, "kind");
        Checks.notBlank(channelId, "channelId");
        values = Checks.copyOf(values, "values");
        if (values.size() != kind.valueCount) {
            throw new IllegalArgumentException(kind + " takes " + kind.valueCount + " values, got " + values.size());
        }
    }

    public static ChannelLimitProblem callChannel(String channelId) {
        return new ChannelLimitProblem(Kind.CALL_CHANNEL, channelId, List.of());
    }

    public static ChannelLimitProblem textTooLong(String channelId, int length, int max) {
        return new ChannelLimitProblem(Kind.TEXT_TOO_LONG, channelId, List.of(text(length), text(max)));
    }

    public static ChannelLimitProblem textTooLongToKeep(String channelId, int length, int max) {
        return new ChannelLimitProblem(Kind.TEXT_TOO_LONG_TO_KEEP, channelId, List.of(text(length), text(max)));
    }

    public static ChannelLimitProblem noAttachments(String channelId, String firstName, int count) {
        return new ChannelLimitProblem(Kind.NO_ATTACHMENTS, channelId, List.of(firstName, text(count)));
    }

    public static ChannelLimitProblem attachmentTooLarge(String channelId, String name, long size, long max) {
        return new ChannelLimitProblem(Kind.ATTACHMENT_TOO_LARGE, channelId, List.of(name, text(size), text(max)));
    }

    public static ChannelLimitProblem cannotStart(String channelId) {
        return new ChannelLimitProblem(Kind.CANNOT_START, channelId, List.of());
    }

    public static ChannelLimitProblem windowClosed(String channelId, Duration window, Instant closedAt) {
        return new ChannelLimitProblem(Kind.WINDOW_CLOSED, channelId,
                List.of(window.toString(), closedAt.toString()));
    }

    /** {@return the problem in English, for logs and for callers without a desktop; the desktop words it itself} */
    public String englishText() {
        return switch (kind) {
            case CALL_CHANNEL -> channelId + " carries calls, not typed text; reply on another channel";
            case TEXT_TOO_LONG -> "the reply has " + values.get(0) + " characters; " + channelId + " allows at most "
                    + values.get(1);
            case TEXT_TOO_LONG_TO_KEEP -> "the reply has " + values.get(0) + " characters; at most " + values.get(1)
                    + " are kept";
            case NO_ATTACHMENTS -> channelId + " cannot carry attachments; remove '" + values.get(0) + "'"
                    + (values.get(1).equals("1") ? "" : " and the others") + " or reply on another channel";
            case ATTACHMENT_TOO_LARGE -> "attachment '" + values.get(0) + "' is " + values.get(1) + " bytes; "
                    + channelId + " carries at most " + values.get(2) + " bytes per attachment";
            case CANNOT_START -> "the customer has never written on " + channelId
                    + ", and that channel cannot start a conversation";
            case WINDOW_CLOSED -> "the reply window of " + channelId + " (" + values.get(0)
                    + " after the customer's last message) closed at " + values.get(1);
        };
    }

    /** {@return the problem as one line of text to store, read back by {@link #fromStored(String)}} */
    public String toStored() {
        List<String> parts = new ArrayList<>();
        parts.add(kind.name());
        parts.add(channelId);
        parts.addAll(values);
        return STORED_PREFIX + String.join(" ",
                parts.stream().map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8)).toList());
    }

    /**
     * {@return the problem {@code stored} holds, or empty when it holds none: another reason (a channel's own
     * failure, a detail stored before codes existed) or a code this version does not know}
     */
    public static Optional<ChannelLimitProblem> fromStored(String stored) {
        if (stored == null || !stored.startsWith(STORED_PREFIX)) {
            return Optional.empty();
        }
        try {
            List<String> parts = Arrays.stream(stored.substring(STORED_PREFIX.length()).split(" ", -1))
                    .map(part -> URLDecoder.decode(part, StandardCharsets.UTF_8)).toList();
            Kind kind = Kind.valueOf(parts.get(0));
            return Optional.of(new ChannelLimitProblem(kind, parts.get(1), parts.subList(2, parts.size())));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String text(long number) {
        return Long.toString(number);
    }
}
