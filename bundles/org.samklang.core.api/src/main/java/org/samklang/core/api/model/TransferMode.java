package org.samklang.core.api.model;

/** How a call is handed on (the receptionist's transfer variants). */
public enum TransferMode {
    /** Straight to the target; the desk leaves the call at once. */
    BLIND,
    /** The caller is held while the desk talks to the target first. */
    CONSULTATIVE,
    /** To the target's voicemail box. */
    VOICEMAIL,
    /** To the target's mobile number. */
    MOBILE
}
