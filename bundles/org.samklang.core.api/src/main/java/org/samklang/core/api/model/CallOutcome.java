package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * The answer to a call command: done, refused (with why), or the PBX could not be reached. Why is a {@link Problem}
 * the desktop says in the user's language, with a {@code detail} that is data, not a sentence: the PBX's own words,
 * a wrap-up code, a number of seconds, an error's message. Nothing here is English prose built by the core.
 */
public sealed interface CallOutcome {

    /** The PBX did it (or the call was already in the asked state). */
    record Done() implements CallOutcome {
    }

    /**
     * The PBX or the core turned the command down.
     *
     * @param problem why
     * @param detail  what the problem names (see each {@link Problem}); empty when it names nothing
     */
    record Refused(Problem problem, String detail) implements CallOutcome {

        public Refused {
            Checks.notNull(problem, "problem");
            Checks.notNull(detail, "detail");
        }

        /** A refusal that names nothing. */
        public Refused(Problem problem) {
            this(problem, "");
        }
    }

    /**
     * The PBX did not answer in time, is down, or the desk could not finish the command.
     *
     * @param problem why
     * @param detail  what the problem names (see each {@link Problem}); empty when it names nothing
     */
    record Unreachable(Problem problem, String detail) implements CallOutcome {

        public Unreachable {
            Checks.notNull(problem, "problem");
            Checks.notNull(detail, "detail");
        }

        /** A failure that names nothing. */
        public Unreachable(Problem problem) {
            this(problem, "");
        }
    }

    /** Why a call command was not done. The {@code detail} each one carries is said in its Javadoc. */
    enum Problem {
        /** No call id was given. */
        NO_CALL,
        /** There is no such call at this desk; detail: the call id. */
        UNKNOWN_CALL,
        /** No transfer target was given. */
        NO_TARGET,
        /** The call rings: answer it before holding it or starting a consultative transfer. */
        NOT_ANSWERED,
        /** The call rings and is not on hold, so it cannot be resumed. */
        NOT_ON_HOLD,
        /** A consultative transfer of the call is in progress: complete or cancel it first. */
        CONSULTING,
        /** No consultative transfer is in progress to complete or cancel. */
        NO_CONSULTATION,
        /** The call has already ended. */
        ENDED,
        /** The call has not ended, so it cannot be wrapped up yet. */
        NOT_ENDED,
        /** The call's wrap-up is being saved. */
        WRAP_UP_SAVING,
        /** Not one of the desk's wrap-up codes; detail: the code given. */
        UNKNOWN_WRAP_UP_CODE,
        /** This phone cannot answer from the desktop: lift the handset. */
        CANNOT_ANSWER,
        /** This phone system cannot hold calls from the desktop. */
        CANNOT_HOLD,
        /** This phone system cannot make this kind of transfer; detail: the {@link TransferMode} name. */
        CANNOT_TRANSFER,
        /** The PBX refused; detail: the PBX's own words, as its plugin gave them. */
        PBX_REFUSED,
        /** The PBX did not say what it can do. */
        PBX_CAPABILITIES_UNKNOWN,
        /** The PBX did not answer in time; detail: the seconds waited. */
        PBX_TIMEOUT,
        /** The PBX's plugin gave no answer. */
        PBX_NO_ANSWER,
        /** The PBX's plugin failed or could not reach the PBX; detail: the error's message. */
        PBX_FAILED,
        /** The wrap-up code could not be saved; detail: why, from the store. */
        WRAP_UP_NOT_SAVED,
        /** The desk failed inside while doing the command; detail: the error. */
        DESK_FAILED,
        /** The desk is shutting down. */
        SHUTTING_DOWN
    }
}
