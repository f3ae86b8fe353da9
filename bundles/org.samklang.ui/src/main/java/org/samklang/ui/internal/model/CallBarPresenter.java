package org.samklang.ui.internal.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.WrapUpCode;

/**
 * The call bar's logic, without widgets: which of the desk's calls belongs to the shown conversation, what its
 * state reads, which controls fit that state, and what the agent reads after a command. Pure and thread-safe.
 */
public final class CallBarPresenter {

    private final UiMessages messages;

    public CallBarPresenter(UiMessages messages) {
        this.messages = messages;
    }

    /** {@return the live call of {@code conversation} among the desk's calls, newest first wins} */
    public static Optional<DeskCall> callOf(List<DeskCall> calls, ConversationId conversation) {
        DeskCall found = null;
        for (DeskCall call : calls) {
            if (call.state() != CallState.ENDED && call.conversationId().equals(Optional.of(conversation))) {
                found = call;
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@return the bar for {@code call} at {@code now}} */
    public CallBarState state(DeskCall call, Instant now) {
        CallState s = call.state();
        String stateText = s == CallState.CONSULTING
                ? messages.format("call.state.consulting", call.transferTarget().orElse("?"))
                : messages.format("call.state." + UiMessages.keyOf(s));
        Instant since = call.answeredAt().orElse(call.ringingSince());
        String time = Durations.clock(Duration.between(since, now));
        boolean live = s != CallState.WRAP_UP && s != CallState.ENDED;
        return new CallBarState(call.callId(), stateText, time, toneOf(s), s == CallState.RINGING,
                s == CallState.CONNECTED, s == CallState.ON_HOLD,
                s == CallState.RINGING || s == CallState.CONNECTED || s == CallState.ON_HOLD,
                s == CallState.CONSULTING, live, s == CallState.WRAP_UP);
    }

    /** {@return the text shown after a command: empty when it was done, else why not} */
    public String outcome(CallOutcome outcome) {
        return switch (outcome) {
            case CallOutcome.Done done -> "";
            case CallOutcome.Refused refused -> messages.format("call.refused",
                    CallOutcomeTexts.describe(refused, messages));
            case CallOutcome.Unreachable unreachable -> CallOutcomeTexts.describe(unreachable, messages);
        };
    }

    /** {@return the text shown when a command failed inside the desktop} */
    public String failure(Throwable error) {
        return messages.format("call.unreachable", FailureTexts.describe(error, messages));
    }

    /** {@return the label of a wrap-up code: the desktop's translation where it has one, else the core's label} */
    public String label(WrapUpCode code) {
        String key = "call.wrapUp." + code.code();
        return messages.has(key) ? messages.format(key) : code.label();
    }

    /** {@return the label of a transfer mode} */
    public String label(TransferMode mode) {
        return messages.format("call.transfer.mode." + UiMessages.keyOf(mode));
    }

    /** {@return a usable transfer target: trimmed, inner spaces and dashes of a number removed; empty if none} */
    public static Optional<String> target(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        String compact = trimmed.matches("\\+?[0-9 ()-]+") ? trimmed.replaceAll("[ ()-]", "") : trimmed;
        return compact.isEmpty() || compact.length() > 64 || compact.chars().anyMatch(Character::isISOControl)
                ? Optional.empty()
                : Optional.of(compact);
    }

    private static Tone toneOf(CallState state) {
        return switch (state) {
            case RINGING -> Tone.WARNING;
            case CONNECTED -> Tone.GOOD;
            case ON_HOLD, CONSULTING, WRAP_UP -> Tone.NORMAL;
            case ENDED -> Tone.MUTED;
        };
    }
}
