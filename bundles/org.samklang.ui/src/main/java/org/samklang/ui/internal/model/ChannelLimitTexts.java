package org.samklang.ui.internal.model;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.samklang.core.api.model.ChannelLimitProblem;

/**
 * Says in the user's language why a reply does not fit its channel, from the core's {@link ChannelLimitProblem}:
 * when the engine refuses it at once, and for a reply that failed later (its stored reason). A stored reason that is
 * no such problem (a channel's own text, or the core's English from before codes existed) is shown as it is,
 * cleaned. Thread-safe.
 */
public final class ChannelLimitTexts {

    private static final int MAX_NAME = 80;
    private static final int MAX_STORED = 300;

    private final UiMessages messages;
    private final TimeTexts times;
    private final Durations durations;

    public ChannelLimitTexts(UiMessages messages, TimeTexts times) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.times = Objects.requireNonNull(times, "times");
        this.durations = new Durations(messages);
    }

    /** {@return the sentence for {@code problem}, e.g. "The reply has 1,200 characters; sms.support allows 918."} */
    public String describe(ChannelLimitProblem problem) {
        List<String> values = problem.values();
        String channel = DisplayText.oneLine(problem.channelId(), MAX_NAME);
        String key = "limit." + UiMessages.keyOf(problem.kind());
        try {
            return switch (problem.kind()) {
                case CALL_CHANNEL, CANNOT_START -> messages.format(key, channel);
                case TEXT_TOO_LONG, TEXT_TOO_LONG_TO_KEEP -> messages.format(key, channel,
                        Long.parseLong(values.get(0)), Long.parseLong(values.get(1)));
                case NO_ATTACHMENTS -> messages.format(key, channel, name(values.get(0)),
                        Long.parseLong(values.get(1)));
                case ATTACHMENT_TOO_LARGE -> messages.format(key, channel, name(values.get(0)),
                        FileSizes.describe(Long.parseLong(values.get(1)), messages),
                        FileSizes.describe(Long.parseLong(values.get(2)), messages));
                case WINDOW_CLOSED -> messages.format(key, channel, durations.compact(Duration.parse(values.get(0))),
                        times.moment(Instant.parse(values.get(1))));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            // A damaged stored value: the core's English still says what happened.
            return DisplayText.oneLine(problem.englishText(), MAX_STORED);
        }
    }

    /** {@return why a reply failed, from its stored reason: worded here if the core coded it, else as stored} */
    public String describeStored(String reason) {
        return ChannelLimitProblem.fromStored(reason).map(this::describe)
                .orElseGet(() -> DisplayText.oneLine(reason, MAX_STORED));
    }

    private static String name(String fileName) {
        return DisplayText.oneLine(fileName, MAX_NAME);
    }
}
