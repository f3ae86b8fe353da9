package org.samklang.core.internal.calls;

/**
 * How the call runtime tells the presence engine about the desk agent's after-call work. "On a call" is not here:
 * the PBX reports it as a presence source. Implementations must not block or throw.
 */
public interface CallPresence {

    /** Does nothing; for desks without a signed-in person and for tests. */
    CallPresence NONE = new CallPresence() {

        @Override
        public void wrapUpStarted() {
            // Nobody to tell.
        }

        @Override
        public void wrapUpEnded() {
            // Nobody to tell.
        }
    };

    /** An answered call ended at the desk; wrap-up begins. */
    void wrapUpStarted();

    /** The last call waiting for a wrap-up code got one. */
    void wrapUpEnded();
}
