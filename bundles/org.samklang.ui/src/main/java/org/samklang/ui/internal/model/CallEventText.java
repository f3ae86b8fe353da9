package org.samklang.ui.internal.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.CallMetadata.Event;

/**
 * Describes a call event the engine stored as a message ({@link CallMetadata}, no text) in the user's
 * language: "Call ended · talked 4:12", "Recording: rec-42". Values come from the PBX and are cleaned like any
 * text. Thread-safe.
 */
final class CallEventText {

    private static final int MAX_VALUE = 80;

    private final UiMessages messages;

    CallEventText(UiMessages messages) {
        this.messages = messages;
    }

    /** {@return the lines describing the call event in {@code metadata}, empty if it holds none} */
    Optional<String> describe(Map<String, String> metadata) {
        String event = metadata.get(CallMetadata.EVENT);
        if (event == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(switch (event) {
            case Event.RINGING -> value(metadata, CallMetadata.CALLED_NUMBER)
                    .map(number -> messages.format("timeline.call.ringingTo", number))
                    .orElse(messages.format("timeline.call.ringing"));
            case Event.ANSWERED -> messages.format("timeline.call.answered", value(metadata, CallMetadata.ANSWERED_BY)
                    .orElse("?"));
            case Event.HELD -> messages.format("timeline.call.held");
            case Event.RESUMED -> messages.format("timeline.call.resumed");
            case Event.TRANSFERRED -> messages.format("timeline.call.transferred", value(metadata,
                    CallMetadata.TRANSFER_TARGET).orElse("?"));
            case Event.ENDED -> messages.format("timeline.call.ended", Durations.clock(talkTime(metadata)));
            case Event.WRAP_UP -> messages.format("timeline.call.wrapUp", value(metadata, CallMetadata.WRAP_UP_CODE)
                    .map(this::wrapUpLabel).orElse("?"));
            default -> messages.format("timeline.call.other", DisplayText.oneLine(event, MAX_VALUE));
        });
        value(metadata, CallMetadata.RECORDING).ifPresent(ref -> lines.add(messages.format("timeline.call.recording",
                ref)));
        return Optional.of(String.join("\n", lines));
    }

    private static Duration talkTime(Map<String, String> metadata) {
        try {
            return Duration.ofSeconds(Long.parseLong(metadata.getOrDefault(CallMetadata.TALK_SECONDS, "0").strip()));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    /** The desktop's name of a wrap-up code it knows (the desk's defaults), else the code as the PBX gave it. */
    private String wrapUpLabel(String code) {
        String key = "call.wrapUp." + code;
        return messages.has(key) ? messages.format(key) : code;
    }

    private static Optional<String> value(Map<String, String> metadata, String key) {
        return Optional.ofNullable(metadata.get(key)).map(text -> DisplayText.oneLine(text, MAX_VALUE))
                .filter(text -> !text.isEmpty());
    }
}
