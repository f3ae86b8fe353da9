package org.samklang.core.api.model;

/**
 * Where a {@link Message} is on its way.
 * <p>
 * Inbound messages are always {@link #RECEIVED}. Outbound messages start {@link #QUEUED} (persisted, acknowledged to
 * the agent, not yet handed to the channel), move to {@link #SENDING} while the channel plugin is asked to send
 * (back to {@code QUEUED} when a retryable failure waits for its next attempt), then {@link #SENT} when the
 * channel accepted it. {@link #DELIVERED} and {@link #READ} come from receipts, where the channel has them.
 * {@link #FAILED} is final for the outbox (permanent failure or attempts used up); a later receipt from the remote
 * may still move it to {@code DELIVERED} because the remote knows best. {@link #UNCERTAIN} is final for the outbox
 * too: the channel could not tell whether the customer got it and did not send it again.
 */
public enum DeliveryState {

    /** Inbound: stored. */
    RECEIVED,
    /** Outbound: persisted, waiting for its (next) attempt. */
    QUEUED,
    /** Outbound: being handed to the channel plugin. */
    SENDING,
    /** Outbound: the channel accepted it. */
    SENT,
    /** Outbound: the remote confirmed delivery to the customer. */
    DELIVERED,
    /** Outbound: the customer read it. */
    READ,
    /** Outbound: will not be delivered; the journal event says why. */
    FAILED,
    /**
     * Outbound: may or may not have reached the customer, and is not sent again by itself. An attempt was cut off
     * (the desk stopped while the channel was sending) and the channel can neither ask its remote nor rely on it to
     * drop a repeat. The agent checks (for e-mail the mailbox's Sent folder) or asks the customer, and sends the
     * reply again only if it did not arrive. A later receipt from the remote may still settle it.
     */
    UNCERTAIN;

    /** True for the states the outbox still works on ({@code QUEUED}, {@code SENDING}). */
    public boolean isPending() {
        return this == QUEUED || this == SENDING;
    }
}
