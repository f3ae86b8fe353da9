package org.samklang.core.spi;

import org.samklang.core.api.model.MediaType;

/**
 * A channel plugin instance (a mailbox, a chat account, a phone line): its outbound side and status. It is a
 * {@link Connector}, with the same lifecycle: inbound traffic goes the other way, through the {@link InboundSink}
 * its {@link PluginContext} gives it, which is bound to this instance's id.
 * <p>
 * <b>Threading.</b> {@link #send(OutboundMessage, SendAttempt)} is called on a core outbox thread, never on the UI
 * thread, one message at a time per connector, and only between {@link #start} and {@link #stop}; it may block on
 * network I/O but must return within the plugin's own timeout (seconds, not minutes). {@link #id()},
 * {@link #mediaType()}, {@link #capabilities()} and {@link #health()} are called from any thread, must not block and
 * must be thread-safe.
 * <p>
 * <b>Errors.</b> Implementations report failures through {@link SendResult} and {@link #health()}, never by throwing.
 * The core treats an exception (or null) from {@code send} as an attempt whose outcome is unknown, since the remote
 * may have the message: it logs a plugin bug and tries again later, saying so in the {@link SendAttempt}.
 * <p>
 * <b>Limits.</b> The core checks what {@link #capabilities()} declares (text length, attachments and their size, the
 * reply window, starting a conversation, no typed text on a voice channel) before a reply is stored and again
 * before each attempt, against the capabilities of that moment; a reply that no longer fits fails without reaching
 * the plugin. A channel need not repeat these checks. It still refuses what it cannot declare (a shorter limit for
 * public posts, an attachment it cannot read) with a {@link SendResult.PermanentFailure}.
 * <p>
 * <b>At most once: the core's sent-key ledger.</b> Every attempt of one reply carries the same
 * {@link OutboundMessage#idempotencyKey()}. Before each call of {@code send} the core records durably that this
 * attempt is in flight, and after it, how it ended; an outcome the core knows is final, so a reply once reported
 * {@link SendResult.Sent} (or failed for good, or uncertain) is never handed to the plugin again, across restarts.
 * A plugin keeps no list of sent keys. When the core did not learn how an attempt ended (the desk stopped while the
 * plugin was sending, or {@code send} threw or returned null), the next attempt says so in
 * {@link SendAttempt#previousOutcomeUnknown()}, and the remote may already have the message. Then:
 * <ul>
 * <li>a channel whose remote drops a repeated key (a provider API or chat protocol that dedupes by a client message
 * id) simply sends again with the same key; pass the key to the remote in the way its protocol dedupes;</li>
 * <li>a channel whose remote does not dedupe (SMTP, XMPP) must not send blindly: it checks the remote for the key
 * (the Sent folder over IMAP for the Message-ID {@code <key@host>}, the XMPP archive for the stanza id) and reports
 * {@link SendResult.Sent} when it is there; if it cannot check, it reports {@link SendResult.Uncertain}, which stops
 * the outbox and asks the agent to check; if it cannot check now (IMAP unreachable) it may report a
 * {@link SendResult.RetryableFailure}: the next attempt still says that the outcome is unknown.</li>
 * </ul>
 * The same holds for a plugin's own doubt: an attempt that timed out after the message was written to a remote
 * without dedup is checked or reported uncertain, never reported retryable and sent again.
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

    /**
     * Sends one message (one attempt); see the class contract on threading, errors, limits and what to do when
     * {@code attempt} says an earlier attempt's outcome is unknown.
     */
    SendResult send(OutboundMessage message, SendAttempt attempt);
}
