package org.samklang.ui.internal.model;

import java.util.List;
import java.util.OptionalInt;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceState;

/**
 * The choices of the "My state" row: the states a person may choose and the reasons that go with them (system
 * states and system reasons are set by the engine, never chosen). Pure and thread-safe.
 */
public final class MyStateChoices {

    /** States offered, in combo order. */
    public static final List<PresenceState> STATES = List.of(PresenceState.AVAILABLE, PresenceState.BUSY,
            PresenceState.AWAY);

    /** Reasons offered, in combo order; "no reason" first. */
    public static final List<PresenceReason> REASONS = List.of(PresenceReason.NONE, PresenceReason.MEETING,
            PresenceReason.LUNCH, PresenceReason.BREAK, PresenceReason.TRAINING, PresenceReason.COACHING,
            PresenceReason.COURSE, PresenceReason.BUSINESS_TRIP, PresenceReason.SICK, PresenceReason.VACATION,
            PresenceReason.PERSONAL);

    private MyStateChoices() {
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

    /** {@return the state names for the combo} */
    public static String[] stateNames(PresenceTexts texts) {
        return STATES.stream().map(texts::state).toArray(String[]::new);
    }

    /** {@return the reason names for the combo} */
    public static String[] reasonNames(PresenceTexts texts) {
        return REASONS.stream().map(texts::reason).toArray(String[]::new);
    }
}
