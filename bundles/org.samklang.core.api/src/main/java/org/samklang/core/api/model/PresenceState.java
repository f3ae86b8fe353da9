package org.samklang.core.api.model;

/**
 * What a person is doing, as colleagues, the switchboard and routing see it.
 * <p>
 * The first four states are chosen by the person (or come from their calendar, phone or chat server).
 * The last three are <em>system states</em>: only the presence engine sets them, from telephony events,
 * handled contacts and the desktop connection; a person cannot choose them.
 */
public enum PresenceState {

    /** Ready for work and reachable; the only state in which a person may be routable. */
    AVAILABLE(false),
    /** At work but occupied (meeting, training...): not routable, transfers only after asking. */
    BUSY(false),
    /** Not at the desk (lunch, break, sick, vacation...): not routable. */
    AWAY(false),
    /** Logged out or not at work. */
    OFFLINE(false),
    /** System state: the phone reports a call in progress ("On a call"). */
    ON_CALL(true),
    /** System state: after-contact work (wrap-up, ACW) following a handled contact. */
    WRAP_UP(true),
    /** System state: the desktop has lost its connection for longer than the grace period. */
    DISCONNECTED(true);

    private final boolean systemState;

    PresenceState(boolean systemState) {
        this.systemState = systemState;
    }

    /** {@return true for states only the engine may set: on-call, wrap-up, disconnected} */
    public boolean isSystemState() {
        return systemState;
    }
}
