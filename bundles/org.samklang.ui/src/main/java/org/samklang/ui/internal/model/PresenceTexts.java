package org.samklang.ui.internal.model;

import java.util.Optional;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.PresenceView;

/**
 * Presence as people read it: "Meeting → 14:00 (ask Karin)" for a colleague, "Away · Lunch → 13:00" for myself,
 * with a dot whose colour says the state (green available, red busy or on a call, amber away, grey offline).
 * Colleagues are only ever shown through their public {@link PresenceView}, so a private reason cannot leak here.
 * Thread-safe.
 */
public final class PresenceTexts {

    private final UiMessages messages;
    private final TimeTexts times;

    public PresenceTexts(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.times = times;
    }

    /** {@return the dot shown before a person: "●", "◐" or "○"} */
    public static String dot(PresenceState state) {
        return switch (state) {
            case AVAILABLE, BUSY, ON_CALL, WRAP_UP -> "\u25CF";
            case AWAY -> "\u25D0";
            case OFFLINE, DISCONNECTED -> "\u25CB";
        };
    }

    /** {@return the colour class of a state's dot} */
    public static Tone tone(PresenceState state) {
        return switch (state) {
            case AVAILABLE -> Tone.GOOD;
            case BUSY, ON_CALL, WRAP_UP -> Tone.ERROR;
            case AWAY -> Tone.WARNING;
            case OFFLINE, DISCONNECTED -> Tone.MUTED;
        };
    }

    /** {@return a state's name, e.g. "On a call"} */
    public String state(PresenceState state) {
        return messages.format("presence.state." + UiMessages.keyOf(state));
    }

    /** {@return a reason's name, e.g. "Meeting"} */
    public String reason(PresenceReason reason) {
        return messages.format("presence.reason." + UiMessages.keyOf(reason));
    }

    /**
     * {@return a colleague's status: the reason (or state), the until time, and whom to ask instead while they
     * cannot help, e.g. "Meeting → 14:00 (ask Karin)"}
     */
    public String colleague(PresenceView view, Optional<String> firstSubstitute) {
        String what = view.reason() == PresenceReason.NONE ? state(view.state()) : reason(view.reason());
        String status = view.until() == null
                ? what
                : messages.format("presence.until", what, times.until(view.until()));
        if (view.isAvailable() || firstSubstitute.isEmpty()) {
            return status;
        }
        return messages.format("presence.askInstead", status, DisplayText.oneLine(firstSubstitute.get(), 60));
    }

    /** {@return my own state as I see it, private reason included: "Away · Sick → 12 Nov (calendar)"} */
    public String mine(Presence presence) {
        String what = presence.reason() == PresenceReason.NONE
                ? state(presence.state())
                : messages.format("presence.stateWithReason", state(presence.state()), reason(presence.reason()));
        String status = presence.until() == null
                ? what
                : messages.format("presence.until", what, times.until(presence.until()));
        if (presence.source() == PresenceSourceKind.MANUAL) {
            return status;
        }
        return messages.format("presence.fromSource", status,
                messages.format("presence.source." + UiMessages.keyOf(presence.source())));
    }
}
