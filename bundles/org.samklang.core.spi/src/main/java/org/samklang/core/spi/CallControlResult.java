package org.samklang.core.spi;

import org.samklang.core.api.internal.Checks;

/**
 * Whether the PBX took a call-control command. The change itself is reported as a {@link CallEvent}; this only
 * says whether the command was taken, so the desktop can tell the agent at once when it was not.
 */
public sealed interface CallControlResult {

    /** The PBX took the command (or the call was already in the asked-for state); the event follows. */
    record Accepted() implements CallControlResult {
    }

    /** The PBX refused the command; {@code reason} says why, for the agent ("the call has already ended"). */
    record Refused(String reason) implements CallControlResult {

        public Refused {
            Checks.notBlank(reason, "reason");
        }
    }

    /** The accepted result. */
    static CallControlResult accepted() {
        return new Accepted();
    }

    /** A refusal with its reason. */
    static CallControlResult refused(String reason) {
        return new Refused(reason);
    }
}
