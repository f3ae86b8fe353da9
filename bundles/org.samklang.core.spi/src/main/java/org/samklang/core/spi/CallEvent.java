package org.samklang.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.TransferMode;

/**
 * Something that happened to a call at the desk's phone, reported by a {@link Telephony} connector to its
 * {@link CallEventListener}. Events of one call arrive in the order they happened; {@code callId} is the PBX's id of
 * the call, unique for at least a day, and is the call's thread key on the phone channel.
 * Times are instants (UTC); durations are whole-call figures as the PBX measured them.
 */
public sealed interface CallEvent {

    /** The PBX's id of the call. */
    String callId();

    /** When it happened, by the PBX's clock. */
    Instant at();

    /**
     * The desk's phone rings.
     *
     * @param caller       the caller's number as the PBX reports it (text empty when withheld); the core normalises
     * @param calledNumber the number or queue line that was dialled, e.g. {@code +46812345600}; may be empty
     */
    record Ringing(String callId, RawAddress caller, String calledNumber, Instant at) implements CallEvent {

        public Ringing {
            checkCommon(callId, at);
            Checks.notNull(caller, "caller");
            Checks.notNull(calledNumber, "calledNumber");
        }
    }

    /** The call was answered, by the extension {@code answeredBy}. */
    record Answered(String callId, String answeredBy, Instant at) implements CallEvent {

        public Answered {
            checkCommon(callId, at);
            Checks.notNull(answeredBy, "answeredBy");
        }
    }

    /** The caller was put on hold. */
    record Held(String callId, Instant at) implements CallEvent {

        public Held {
            checkCommon(callId, at);
        }
    }

    /** The caller was taken off hold. */
    record Resumed(String callId, Instant at) implements CallEvent {

        public Resumed {
            checkCommon(callId, at);
        }
    }

    /** The call left the desk for {@code target} (extension, E.164 number or voicemail box). */
    record Transferred(String callId, TransferMode mode, String target, Instant at) implements CallEvent {

        public Transferred {
            checkCommon(callId, at);
            Checks.notNull(mode, "mode");
            Checks.notBlank(target, "transfer target");
        }
    }

    /**
     * The call ended at this desk.
     *
     * @param reason       why it ended
     * @param talkTime     from answer to end, hold included; zero if it was never answered
     * @param recordingRef the PBX's reference to the recording, if it recorded the call
     */
    record Ended(String callId, EndReason reason, Duration talkTime, Optional<String> recordingRef, Instant at)
            implements
                CallEvent {

        public Ended {
            checkCommon(callId, at);
            Checks.notNull(reason, "reason");
            Checks.notNull(talkTime, "talkTime");
            if (talkTime.isNegative()) {
                throw new IllegalArgumentException("talkTime must not be negative, got " + talkTime);
            }
            Checks.notNull(recordingRef, "recordingRef");
        }
    }

    /** Why a call ended. */
    enum EndReason {
        /** The caller hung up during the conversation. */
        CALLER_HUNG_UP,
        /** The agent hung up. */
        AGENT_HUNG_UP,
        /** The caller left before anyone answered. */
        ABANDONED,
        /** The line or the PBX failed. */
        FAILED
    }

    private static void checkCommon(String callId, Instant at) {
        Checks.notBlank(callId, "callId");
        Checks.notNull(at, "at");
    }
}
