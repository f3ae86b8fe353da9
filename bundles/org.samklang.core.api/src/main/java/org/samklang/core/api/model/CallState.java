package org.samklang.core.api.model;

/** Where a call at the desk's device is in its life. */
public enum CallState {
    /** Ringing at the desk; not answered yet. */
    RINGING,
    /** Answered and talking. */
    CONNECTED,
    /** The caller is on hold. */
    ON_HOLD,
    /** Consultative transfer in progress: the caller is held while the target is rung. */
    CONSULTING,
    /** The call ended; the agent has not chosen a wrap-up code yet. */
    WRAP_UP,
    /** The call has left the desk (wrapped up, transferred away, or missed). */
    ENDED
}
