package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A state a person chooses for themself: "in a meeting until 14:00, then available".
 * <p>
 * The compact constructor rejects what can never make sense (system states, a reason on
 * {@code AVAILABLE}, a next state without an until time, a next state equal to the state) and fills in the
 * common default: a not-available state with an until time and no next state is followed by
 * {@code AVAILABLE}. Whether {@code until} lies in the future is checked by the service, which owns the
 * clock.
 *
 * @param state  the chosen state; not a system state
 * @param reason reason code, null means {@link PresenceReason#NONE}; must be {@code NONE} for AVAILABLE
 * @param until  when the state ends, or null for "until I change it"
 * @param next   the state from {@code until} on; null with an until time means {@code AVAILABLE}
 */
public record PresenceRequest(PresenceState state, PresenceReason reason, Instant until, PresenceState next) {

    public PresenceRequest {
        PersonText.present("state", state);
        reason = Objects.requireNonNullElse(reason, PresenceReason.NONE);
        rejectSystemState("state", state);
        if (state == PresenceState.AVAILABLE && reason != PresenceReason.NONE) {
            throw new IllegalArgumentException("AVAILABLE takes no reason, got " + reason);
        }
        if (reason == PresenceReason.UNAVAILABLE || reason == PresenceReason.NOT_RESPONDING
                || reason == PresenceReason.CONNECTION_LOST) {
            throw new IllegalArgumentException(reason + " is set by the system, not chosen");
        }
        next = nextState(state, until, next);
    }

    /** {@return a request for a state with no reason and no end} */
    public static PresenceRequest of(PresenceState state) {
        return new PresenceRequest(state, PresenceReason.NONE, null, null);
    }

    private static PresenceState nextState(PresenceState state, Instant until, PresenceState next) {
        if (until == null) {
            if (next != null) {
                throw new IllegalArgumentException("a next state (" + next + ") needs an until time");
            }
            return null;
        }
        if (next == null) {
            if (state == PresenceState.AVAILABLE) {
                throw new IllegalArgumentException("AVAILABLE with an until time needs a next state");
            }
            return PresenceState.AVAILABLE;
        }
        rejectSystemState("next state", next);
        if (next == state) {
            throw new IllegalArgumentException("next state must differ from the state it follows, got "
                    + state + " then " + next);
        }
        return next;
    }

    private static void rejectSystemState(String field, PresenceState value) {
        if (value.isSystemState()) {
            throw new IllegalArgumentException(field + " " + value + " is a system state and cannot be chosen");
        }
    }
}
