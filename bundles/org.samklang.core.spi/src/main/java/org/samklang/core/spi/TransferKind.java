package org.samklang.core.spi;

/** How a call is passed on, in the words of the switchboard. */
public enum TransferKind {
    /** Cold transfer: the call goes straight to the target; the agent's leg ends at once. */
    BLIND,
    /**
     * Warm (attended) transfer: the caller is held while the agent talks to the target, then the agent completes
     * ({@link Telephony#completeTransfer}) or cancels ({@link Telephony#cancelTransfer}) it.
     */
    CONSULTATIVE,
    /** To the target's voicemail box; the target is an extension or person's number. */
    VOICEMAIL,
    /** To the target's mobile number (E.164) through the PBX's trunk. */
    MOBILE
}
