package org.samklang.core.spi;

/**
 * Who is signed in at this desk, as a person id of the directory.
 * <p>
 * Provided by whatever authenticates the user (a login against the chat server or PBX later; the sandbox's demo
 * agent today). An identity the agent configured in the data directory ({@code identity.properties}, asked on the
 * first start, see {@code org.samklang.core.api.IdentityService}) always wins over a provided one; without either,
 * the desk asks. The core registers the signed-in user's {@code PresenceService} once somebody is known.
 * <p>
 * <b>Threading.</b> {@link #personId()} is called once per registration, on the thread that binds the service (the
 * framework's, possibly before the window opens); it must return at once, without I/O. Register the service as
 * early as possible: a desk that finds none when its window opens asks who works there.
 * <p>
 * <b>Errors.</b> It never throws; an id the directory does not list still signs that id in, with no directory
 * entry until a source lists it.
 */
public interface DeskIdentity {

    /** The directory id of the signed-in person. */
    String personId();
}
