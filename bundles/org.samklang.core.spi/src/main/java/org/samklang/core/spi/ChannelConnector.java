package org.samklang.core.spi;

import org.samklang.core.api.model.MediaType;

/**
 * A channel plugin instance (a mailbox, a chat account, a phone line): its outbound side and status. It is a
 * {@link Connector}, with the same lifecycle: inbound traffic goes the other way, through the {@link InboundSink}
 * its {@link PluginContext} gives it, which is bound to this instance's id.
 * <p>
 * <b>Threading.</b> {@link #send(OutboundMessage)} is called on a core outbox thread, never on the UI thread, one
 * message at a time per connector, and only between {@link #start} and {@link #stop}; it may block on network I/O but
 * must return within the plugin's own timeout (seconds, not minutes). {@link #id()}, {@link #mediaType()},
 * {@link #capabilities()} and {@link #health()} are called from any thread, must not block and must be thread-safe.
 * <p>
 * <b>Errors.</b> Implementations report failures through {@link SendResult} and {@link #health()}, never by throwing.
 * The core treats an exception from {@code send} as a retryable failure and logs it as a plugin bug.
 * <p>
 * <b>Idempotency.</b> The core sends a message at least once and uses the same
 * {@link OutboundMessage#idempotencyKey()} for every attempt. The plugin MUST pass that key to the remote in the
 * way its protocol dedupes (e-mail Message-ID, chat client message id), so a repeated send of the same key is not
 * delivered twice. A remote without dedup must be wrapped by the plugin (e.g. remember sent keys durably).
 */
public interface ChannelConnector extends Connector {

    /**
     * {@inheritDoc}
     * <p>
     * The default returns {@link #id()}, so channels written before names existed still work; every plugin should
     * name its channel ("Sandbox e-mail", "Support mailbox"). A name that throws or is blank is replaced by the id.
     */
    @Override
    default String displayName() {
        return id();
    }

    /** {@return {@link ConnectorKind#CHANNEL}: every channel is one} */
    @Override
    default ConnectorKind kind() {
        return ConnectorKind.CHANNEL;
    }

    /** The media type this channel carries. */
    MediaType mediaType();

    /** What this channel can do; may change when the remote's configuration changes. */
    ChannelCapabilities capabilities();

    /** Sends one message (one attempt); see the class contract on threading, errors and idempotency. */
    SendResult send(OutboundMessage message);
}
