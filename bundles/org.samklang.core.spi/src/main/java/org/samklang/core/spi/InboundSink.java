package org.samklang.core.spi;

import java.util.concurrent.CompletableFuture;

/**
 * Where channel plugins hand in what they receive. The core provides it (as an OSGi service).
 * <p>
 * <b>Threading.</b> Thread-safe; call from the plugin's own I/O threads. Returns at once; it blocks only when the
 * core's write queue is full (back-pressure). Futures complete on a core thread after the message and its journal
 * event are committed; dependent actions must not block.
 * <p>
 * <b>Errors.</b> Invalid input completes with a {@link InboundReceipt.Status#REJECTED} receipt, never an exception.
 * If the store cannot write (disk full, I/O error, closed) the future completes exceptionally with the
 * {@code org.samklang.core.api.StoreUnavailableException} itself (not wrapped): the item was not stored. Do not
 * acknowledge it to the remote; keep it and hand it in again later, oldest first (dedup makes a repeat safe), and
 * meanwhile leave new items at the remote rather than piling them up in memory. The desk shows the user that its
 * store cannot save; the plugin need only log once that it is keeping items, and once when they are in. Nothing
 * stored before the failure is lost.
 */
public interface InboundSink {

    /** Stores one received item, or recognises it as a duplicate. */
    CompletableFuture<InboundReceipt> accept(InboundMessage message);

    /** Applies a delivery receipt for an outbound message; never fails for unknown or stale receipts. */
    CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt);
}
