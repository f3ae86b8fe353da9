package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/** The answer to a call command: done, refused by the PBX (with why), or the PBX could not be reached. */
public sealed interface CallOutcome {

    /** The PBX did it (or the call was already in the asked state). */
    record Done() implements CallOutcome {
    }

    /** The PBX or the core turned the command down; {@code reason} is for the agent. */
    record Refused(String reason) implements CallOutcome {

        public Refused {
            Checks.notBlank(reason, "reason");
        }
    }

    /** The PBX did not answer in time or is down; {@code reason} is for the agent. */
    record Unreachable(String reason) implements CallOutcome {

        public Unreachable {
            Checks.notBlank(reason, "reason");
        }
    }
}
