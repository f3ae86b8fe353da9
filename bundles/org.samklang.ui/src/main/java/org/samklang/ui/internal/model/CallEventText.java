package org.samklang.ui.internal.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes a call event the engine stored as a message ({@code call.*} metadata, no text) in the user's
 * language: "Call ended · talked 4:12", "Recording: rec-42". Values come from the PBX and are cleaned like any
 * text. Thread-safe.
 */
final class CallEventText {

    static final String EVENT = "call.event";
    private static final int MAX_VALUE = 80;

    private final UiMessages messages;

    CallEventText(UiMessages messages) {
        this.messages = messages;
    }

    /** {@return the lines describing the call event in {@code metadata}, empty if it holds none} */
    Optional<String> describe(Map<String, String> metadata) {
        String event = metadata.get(EVENT);
        if (event == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(switch (event) {
            case "ringing" -> value(metadata, "call.calledNumber")
                    .map(number -> messages.format("timeline.call.ringingTo", number))
                    .orElse(messages.format("timeline.call.ringing"));
            case "answered" -> messages.format("timeline.call.answered", value(metadata, "call.answeredBy")
                    .orElse("?"));
            case "held" -> messages.format("timeline.call.held");
            case "resumed" -> messages.format("timeline.call.resumed");
            case "transferred" -> messages.format("timeline.call.transferred", value(metadata,
                    "call.transferTarget").orElse("?"));
            case "ended" -> messages.format("timeline.call.ended", Durations.clock(talkTime(metadata)));
            case "wrap-up" -> messages.format("timeline.call.wrapUp", value(metadata, "call.wrapUpCode")
                    .orElse("?"));
            default -> messages.format("timeline.call.other", DisplayText.oneLine(event, MAX_VALUE));
        });
        value(metadata, "call.recording").ifPresent(ref -> lines.add(messages.format("timeline.call.recording",
                ref)));
        return Optional.of(String.join("\n", lines));
    }

    private static Duration talkTime(Map<String, String> metadata) {
        try {
            return Duration.ofSeconds(Long.parseLong(metadata.getOrDefault("call.talkSeconds", "0").strip()));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static Optional<String> value(Map<String, String> metadata, String key) {
        return Optional.ofNullable(metadata.get(key)).map(text -> DisplayText.oneLine(text, MAX_VALUE))
                .filter(text -> !text.isEmpty());
    }
}
