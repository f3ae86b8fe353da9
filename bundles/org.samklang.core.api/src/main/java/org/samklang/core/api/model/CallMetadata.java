package org.samklang.core.api.model;

/**
 * The {@link Message#metadata()} keys of a call's items. The core files each call event of a telephony plugin as an
 * inbound item without text on the phone channel; what happened is in these keys, and the desktop says it in the
 * user's language. Values are as the PBX gave them (cleaned like any text), so show them as data, not as words.
 * <p>
 * The keys' strings are stored with the messages; they never change (a new meaning gets a new key).
 */
public final class CallMetadata {

    /** The PBX's id of the call; every item of one call has it. */
    public static final String CALL_ID = "call.id";
    /** What happened: one of the {@link Event} values, or a word a newer core added (show it as it is). */
    public static final String EVENT = "call.event";
    /** On {@link Event#RINGING}: the number the caller dialled, if the PBX says. */
    public static final String CALLED_NUMBER = "call.calledNumber";
    /** On {@link Event#ANSWERED}: the extension or agent that answered. */
    public static final String ANSWERED_BY = "call.answeredBy";
    /** On {@link Event#TRANSFERRED}: the {@link TransferMode} name. (The key predates the name TransferMode.) */
    public static final String TRANSFER_MODE = "call.transferKind";
    /** On {@link Event#TRANSFERRED}: the extension, number or voicemail box the call went to. */
    public static final String TRANSFER_TARGET = "call.transferTarget";
    /** On {@link Event#TRANSFERRED}: the directory person it went to, when the desk transferred it to one. */
    public static final String TRANSFER_PERSON = "call.transferPersonId";
    /** On {@link Event#ENDED}: why the call ended, a {@code CallEvent.EndReason} name. */
    public static final String END_REASON = "call.endReason";
    /** On {@link Event#ENDED}: the talk time in whole seconds. */
    public static final String TALK_SECONDS = "call.talkSeconds";
    /** On {@link Event#ENDED}: the PBX's reference of the call's recording, if it was recorded. */
    public static final String RECORDING = "call.recording";
    /** On {@link Event#WRAP_UP}: the wrap-up code the agent chose. */
    public static final String WRAP_UP_CODE = "call.wrapUpCode";
    /** On {@link Event#ENDED}: {@code "true"} when the desk's agent now wraps the call up. */
    public static final String AFTER_CALL_WORK = "call.afterCallWork";

    /** The values of {@link CallMetadata#EVENT}. */
    public static final class Event {

        /** The call rings at the desk; the first item of a call. */
        public static final String RINGING = "ringing";
        public static final String ANSWERED = "answered";
        public static final String HELD = "held";
        public static final String RESUMED = "resumed";
        public static final String TRANSFERRED = "transferred";
        public static final String ENDED = "ended";
        /** The agent's wrap-up of the call, filed by the desk, not by the PBX. */
        public static final String WRAP_UP = "wrap-up";

        private Event() {
        }
    }

    private CallMetadata() {
    }
}
