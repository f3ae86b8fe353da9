package org.samklang.core.spi;

import org.samklang.core.api.model.MediaType;

/**
 * A channel plugin's outbound side and status, registered as an OSGi service; it may come and go at runtime.
 * Inbound traffic goes the other way, through the core's {@link InboundSink}.
 * <p>
 * <b>Threading.</b> {@link #send(OutboundMessage)} is called on a core outbox thread, never on the UI thread, one
 * message at a time per connector; it may block on network I/O but must return within the plugin's own timeout
 * (seconds, not minutes). {@link #channelId()}, {@link #mediaType()}, {@link #capabilities()} and {@link #health()}
 * are called from any thread, must not block and must be thread-safe.
 * <p>
 * <b>Errors.</b> Implementations report failures through {@link SendResult} and {@link #health()}, never by throwing.
 * The core treats an exception from {@code send} as a retryable failure and logs it as a plugin bug.
 * <p>
 * <b>Idempotency.</b> The core sends a message at least once and uses the same
 * {@link OutboundMessage#idempotencyKey()} for every attempt. The plugin MUST pass that key to the remote in the
 * way its protocol dedupes (e-mail Message-ID, chat client message id), so a repeated send of the same key is not
 * delivered twice. A remote without dedup must be wrapped by the plugin (e.g. remember sent keys durably).
 */
public interface ChannelConnector {

    /** The channel instance id, stable across restarts, e.g. {@code email.support}. */
    String channelId();

    /**
     * The name the user sees for this channel instance in the status line, e.g. "Sandbox e-mail" or "Support
     * mailbox", as {@link Connector#displayName()} is for connectors. Called often from any core thread: return a
     * constant or what the plugin last learnt, without blocking or I/O. A name that throws or is blank is replaced
     * by {@link #channelId()}.
     * <p>
     * The default returns {@link #channelId()}, so plugins written before this method existed still work; every
     * plugin should name its channel.
     */
    default String displayName() {
        return channelId();
    }

    /** The media type this channel carries. */
    MediaType mediaType();

    /** What this channel can do; may change when the remote's configuration changes. */
    ChannelCapabilities capabilities();

    /** The current health of the connection to the remote. */
    ConnectorHealth health();

    /** Sends one message (one attempt); see the class contract on threading, errors and idempotency. */
    SendResult send(OutboundMessage message);
}
