package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceState;

/**
 * The choices of the "My state" row: the states a person may choose and the reasons that go with them (system
 * states and system reasons are set by the engine, never chosen). The state combo always names the state in force:
 * Offline is a choice (signing off), and a system state the engine set (on a call) is shown after the choices
 * while it holds, but cannot be chosen. Pure and thread-safe.
 */
public final class MyStateChoices {

    /** States a person may choose, in combo order. */
    public static final List<PresenceState> STATES = List.of(PresenceState.AVAILABLE, PresenceState.BUSY,
            PresenceState.AWAY, PresenceState.OFFLINE);

    /** Reasons offered, in combo order; "no reason" first. */
    public static final List<PresenceReason> REASONS = List.of(PresenceReason.NONE, PresenceReason.MEETING,
            PresenceReason.LUNCH, PresenceReason.BREAK, PresenceReason.TRAINING, PresenceReason.COACHING,
            PresenceReason.COURSE, PresenceReason.BUSINESS_TRIP, PresenceReason.SICK, PresenceReason.VACATION,
            PresenceReason.PERSONAL);

    private MyStateChoices() {
    }

    /**
     * {@return the states the combo shows while {@code effective} holds: the choices, then {@code effective} if it is
     * a system state}
     */
    public static List<PresenceState> shown(PresenceState effective) {
        if (STATES.contains(effective)) {
            return STATES;
        }
        List<PresenceState> shown = new ArrayList<>(STATES);
        shown.add(effective);
        return List.copyOf(shown);
    }

    /** {@return whether the combo entry at {@code index} can be chosen (a system state shown there cannot)} */
    public static boolean choosable(int index) {
        return index >= 0 && index < STATES.size();
    }

    /** {@return the request for the chosen combo entries; "available" always goes without a reason} */
    public static PresenceRequest request(int stateIndex, int reasonIndex) {
        PresenceState state = STATES.get(stateIndex);
        PresenceReason reason = state == PresenceState.AVAILABLE || reasonIndex < 0
                ? PresenceReason.NONE
                : REASONS.get(reasonIndex);
        return new PresenceRequest(state, reason, null, null);
    }

    /** {@return the combo index of a state, empty for a state that cannot be chosen (on a call...)} */
    public static OptionalInt stateIndex(PresenceState state) {
        int index = STATES.indexOf(state);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** {@return the combo index of a reason, "no reason" for one that cannot be chosen} */
    public static int reasonIndex(PresenceReason reason) {
        return Math.max(0, REASONS.indexOf(reason));
    }

    /** {@return the state names for the combo while {@code effective} holds, in {@link #shown} order} */
    public static String[] stateNames(PresenceTexts texts, PresenceState effective) {
        return shown(effective).stream().map(texts::state).toArray(String[]::new);
    }

    /** {@return the reason names for the combo} */
    public static String[] reasonNames(PresenceTexts texts) {
        return REASONS.stream().map(texts::reason).toArray(String[]::new);
    }
}
