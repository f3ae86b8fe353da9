package org.samklang.core.api.model;

/**
 * How a call is handed on (the receptionist's transfer variants), in the desk's requests and in what a telephony
 * plugin offers and does.
 */
public enum TransferMode {
    /** Cold transfer: straight to the target; the desk's leg ends at once. */
    BLIND,
    /**
     * Warm (attended) transfer: the caller is held while the desk talks to the target, then the desk completes or
     * cancels it.
     */
    CONSULTATIVE,
    /** To the target's voicemail box; the target is an extension or a person's number. */
    VOICEMAIL,
    /** To the target's mobile number (E.164) through the PBX's trunk. */
    MOBILE
}
