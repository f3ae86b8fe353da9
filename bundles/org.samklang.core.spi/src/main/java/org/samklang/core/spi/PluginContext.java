package org.samklang.core.spi;

import java.time.Clock;
import java.util.Locale;

/**
 * What the core gives a plugin instance when it starts it ({@link Connector#start(PluginContext)}): who it is, its
 * checked settings, a clock, the desk's language, a small durable state of its own and a sink bound to it. Valid
 * until {@link Connector#stop()}; a restart brings a new context. Thread-safe; nothing here blocks except where said.
 */
public interface PluginContext {

    /** The instance id, e.g. {@code email.support}; for a channel, its channel id. */
    String instanceId();

    /**
     * The instance's settings, checked against its type's form, defaults filled in, secrets read from secure storage.
     * When the newest settings were refused these are the last good ones (the status line says so).
     */
    ConnectorConfiguration configuration();

    /** The clock to use for every timestamp and timer, so tests can drive the plugin in time. */
    Clock clock();

    /** The desk's language, for texts the plugin shows (health reasons, failures). */
    Locale locale();

    /**
     * This instance's durable key-value state (sync positions: IMAP UIDVALIDITY and MODSEQ, a social API's
     * {@code since_id}), kept in the desk's store and there again after a restart.
     */
    PluginState state();

    /**
     * Where this instance hands in what it receives. Bound to {@link #instanceId()}: the core files every item and
     * receipt under this instance's channel id, whatever channel id the item names, so an instance can never hand
     * in for another channel.
     */
    InboundSink inbound();
}
