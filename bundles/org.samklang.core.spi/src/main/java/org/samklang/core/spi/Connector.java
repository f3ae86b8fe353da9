package org.samklang.core.spi;

import java.util.Locale;

import org.samklang.core.api.model.ConnectorSettings;

/**
 * What every connector to an outside system has in common: who it is, how it is doing, and what it can be told.
 * A connector is registered as an OSGi service under its SPI interface ({@link CustomerDirectory},
 * {@link OrderHistory}, {@link Telephony}, {@link PresenceSource}, {@link KnowledgeSource}); it may come and go at
 * runtime and the core reacts without a restart. One object may implement several SPI interfaces (a PBX that is
 * both {@link Telephony} and {@link PresenceSource}); it then reports its primary {@link #kind()} and one health.
 * <p>
 * <b>Threading.</b> {@link #id()}, {@link #displayName()}, {@link #kind()}, {@link #health()} and
 * {@link #settings(Locale)} are called from any core thread (never the UI thread), often; they must be thread-safe,
 * must not block and must not do I/O: return what the connector last observed. Methods that talk to the remote
 * return a {@link java.util.concurrent.CompletableFuture} at once and do their I/O on the plugin's own threads.
 * <p>
 * <b>Timeouts.</b> The core times every returned future out on its side ({@code orTimeout}; for lookups during a
 * screen pop a few seconds) and cancels it. A plugin should still bound its own I/O and complete every future it
 * returned, so that no work piles up behind a dead remote.
 * <p>
 * <b>Errors.</b> A connector never throws to the core. A remote that cannot answer completes the future
 * exceptionally with a {@link ConnectorFailure} whose message a user can act on, and says so in {@link #health()}.
 * An answer that is simply "nothing found" or "not allowed now" is a normal result, never a failure. The core
 * treats an exception thrown from a method as a failure of that call and logs it as a plugin bug.
 * <p>
 * <b>Lifecycle.</b> The core calls {@link #configure(ConnectorConfiguration)} once after the service appears (with
 * the values the user stored, secrets read from secure storage) and again whenever the user changes them.
 */
public interface Connector {

    /** The instance id, stable across restarts, {@code <family>.<vendor>[.<instance>]}, e.g. {@code crm.sandbox}. */
    String id();

    /** The name the user sees in the status line and settings, e.g. "Sandbox CRM". */
    String displayName();

    /** The family this connector belongs to. */
    ConnectorKind kind();

    /** The current health of the connection to the remote, as last observed; never blocks. */
    ConnectorHealth health();

    /**
     * The settings this connector takes, with labels and descriptions in {@code locale} where the plugin has them
     * (English otherwise). The desktop renders the form from this; an empty list means nothing to configure.
     */
    ConnectorSettings settings(Locale locale);

    /**
     * Applies settings the user stored, already checked against {@link #settings(Locale)} by the core. Returns
     * quickly; reconnecting happens in the background and its outcome shows in {@link #health()}. Calling it again
     * with equal values changes nothing. The default does nothing, for connectors without settings.
     */
    default void configure(ConnectorConfiguration configuration) {
        // Nothing to configure.
    }
}
