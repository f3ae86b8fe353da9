package org.samklang.core.spi;

/**
 * What every plugin instance to an outside system has in common: who it is, how it is doing, and its lifecycle. A
 * connector is registered as an OSGi service under its SPI interface ({@link ChannelConnector},
 * {@link CustomerDirectory}, {@link OrderHistory}, {@link Telephony}, {@link PresenceSource},
 * {@link DirectorySource}, {@link KnowledgeSource}); it may come and go at runtime and the core reacts without a restart. One object may
 * implement several SPI interfaces (a PBX that is both {@link Telephony} and {@link PresenceSource}); it then reports
 * its primary {@link #kind()} and one health, and is started once.
 * <p>
 * <b>Instances.</b> A configurable plugin is a {@link PluginType} plus a Declarative Services component with
 * {@code configurationPid} = the type's factory PID and {@code configurationPolicy = REQUIRE}: one component (and
 * one connector service) per factory configuration, i.e. per instance the user or IT configured.
 * <p>
 * <b>Lifecycle.</b> The core's plugin host calls {@link #start(PluginContext)} once the service appears and its
 * settings are checked, on a core thread (never the OSGi start-level thread or the UI thread, and after the desk's
 * window is up), and only then uses the connector. It calls {@link #stop()} when the configuration is removed or
 * changed, the instance is disabled, or the desk or the plugin's bundle stops, before the component is deactivated.
 * A changed configuration means {@code stop()}, then {@code start} again with the new settings (on a new component
 * object when the component has no {@code @Modified} method). Read every setting from
 * {@link PluginContext#configuration()}, never from the component's properties: the core checked those values,
 * added the secrets from secure storage, and hands the last good settings when new ones were refused.
 * <p>
 * <b>Threading.</b> {@link #id()}, {@link #displayName()}, {@link #kind()} and {@link #health()} are called from any
 * core thread (never the UI thread), often; they must be thread-safe, must not block and must not do I/O: return
 * what the connector last observed. Methods that talk to the remote return a
 * {@link java.util.concurrent.CompletableFuture} at once and do their I/O on the plugin's own threads.
 * <p>
 * <b>Timeouts.</b> The core times every returned future out on its side ({@code orTimeout}; for lookups during a
 * screen pop a few seconds) and cancels it. A plugin should still bound its own I/O and complete every future it
 * returned, so that no work piles up behind a dead remote. {@code start} and {@code stop} are time-boxed too: an
 * instance whose {@code start} throws or does not return within 30 seconds, or whose {@code stop} does not return
 * within 10, is shown offline with that reason; nothing else stops.
 * <p>
 * <b>Errors.</b> A connector never throws to the core. A remote that cannot answer completes the future
 * exceptionally with a {@link ConnectorFailure} whose message a user can act on, and says so in {@link #health()}.
 * An answer that is simply "nothing found" or "not allowed now" is a normal result, never a failure. The core
 * treats an exception thrown from a method as a failure of that call and logs it as a plugin bug.
 */
public interface Connector {

    /**
     * The instance id, stable across restarts, e.g. {@code crm.sandbox} or {@code email.support}: for a configured
     * instance the one the core gave it in {@link PluginContext#instanceId()}. For a channel it is the channel id
     * every conversation on it keeps.
     */
    String id();

    /**
     * The plugin's own name for this instance, e.g. "Sandbox CRM", in the desk's locale. The status line shows the
     * name the user gave the instance in its settings when there is one, and this otherwise.
     */
    String displayName();

    /** The family this connector belongs to. */
    ConnectorKind kind();

    /** The current health of the connection to the remote, as last observed; never blocks. */
    ConnectorHealth health();

    /**
     * Starts the instance with its context: settings, durable state, clock, locale and the sink bound to it. Return
     * within seconds: connecting and the first sync run on the plugin's own threads, and their outcome shows in
     * {@link #health()}. Throw only when the instance cannot run at all (the exception's message is shown as the
     * reason). Called again after {@link #stop()} when the settings changed. The default does nothing, for
     * connectors without settings or threads of their own.
     */
    default void start(PluginContext context) {
        // Nothing to start.
    }

    /**
     * Stops the instance: its threads end, every future it returned completes (a failed one is fine), nothing more
     * is handed to the sink. Return within 10 seconds; harmless when not started. The default does nothing.
     */
    default void stop() {
        // Nothing to stop.
    }
}
