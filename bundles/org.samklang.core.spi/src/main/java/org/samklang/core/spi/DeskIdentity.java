package org.samklang.core.spi;

/**
 * Who is signed in at this desk, as a person id of the directory.
 * <p>
 * Provided by whatever authenticates the user (a login against the chat server or PBX later; the sandbox today).
 * The core registers the signed-in user's {@code PresenceService} once this service is there. The method is called
 * once per registration, from a background thread, and must not block.
 */
public interface DeskIdentity {

    /** The directory id of the signed-in person. */
    String personId();
}
