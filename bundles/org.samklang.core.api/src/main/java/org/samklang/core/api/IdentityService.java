package org.samklang.core.api;

import java.util.Optional;

import org.samklang.core.api.model.AgentIdentity;

/**
 * Who works at this desk. The identity is kept in the data directory ({@code identity.properties}) once the agent
 * said who they are; until then a plugin may provide one (the sandbox's own agent, so a demo starts without a
 * question). The desk registers this service as soon as it starts, before the window opens.
 * <p>
 * <b>Threading.</b> {@link #identity()} and {@link #needsAsking()} never block and may be called on the UI thread.
 * {@link #save} writes a small file; call it off the UI thread or accept a few milliseconds.
 * <p>
 * <b>Errors.</b> {@link #save} refuses an identity it cannot keep with {@link java.io.UncheckedIOException} (the
 * disk is full or read-only) and keeps the previous one; invalid values cannot reach it, because
 * {@link AgentIdentity} refuses them.
 */
public interface IdentityService {

    /**
     * {@return the identity the agent configured; empty while none is, also while a plugin provides the person who
     * is signed in (a plugin names only a directory id)}
     */
    Optional<AgentIdentity> identity();

    /** {@return true when no identity is configured and no plugin provides one: the desktop should ask} */
    boolean needsAsking();

    /**
     * Keeps {@code identity} in the data directory and signs the agent in with it at once; from now on it wins over
     * any plugin's.
     *
     * @throws java.io.UncheckedIOException when it cannot be written; nothing changed
     */
    void save(AgentIdentity identity);
}
