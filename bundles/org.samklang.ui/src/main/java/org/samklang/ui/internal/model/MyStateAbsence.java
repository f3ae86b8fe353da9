package org.samklang.ui.internal.model;

/**
 * Why My state shows no presence, and which message says so: nobody is signed in (the agent chose Later); the desk
 * runs but no directory lists the signed-in agent (a directory plugin not yet started or removed); or the engine is
 * not there yet.
 */
public enum MyStateAbsence {

    NOBODY_SIGNED_IN("presence.nobodySignedIn"), NOT_IN_DIRECTORY("presence.notInDirectory"), CONNECTING(
            "common.connecting");

    private final String messageKey;

    MyStateAbsence(String messageKey) {
        this.messageKey = messageKey;
    }

    /** {@return the message key that says it} */
    public String messageKey() {
        return messageKey;
    }

    /**
     * @param nobodySignedIn the desk asks who works here (nobody configured, no plugin signs anyone in)
     * @param deskUp         the engine's services are there (the queues)
     */
    public static MyStateAbsence of(boolean nobodySignedIn, boolean deskUp) {
        if (nobodySignedIn) {
            return NOBODY_SIGNED_IN;
        }
        return deskUp ? NOT_IN_DIRECTORY : CONNECTING;
    }
}
