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
 * <p>
 * <b>Changes.</b> A channel whose remote lets the sender edit or delete what they sent hands the change in with
 * {@link #update} or {@link #retract}, naming the item by the remote id it was handed in with, after that item's own
 * receipt. Both are recorded in the journal and are idempotent: the same change again, or an edit older than the one
 * stored, is answered {@link ChangeReceipt.Status#UNCHANGED}; an item the core does not have is answered
 * {@link ChangeReceipt.Status#UNKNOWN_ITEM}, never thrown. A store that cannot write fails the future as above.
 */
public interface InboundSink {

    /** Stores one received item, or recognises it as a duplicate. */
    CompletableFuture<InboundReceipt> accept(InboundMessage message);

    /** The sender edited an item this channel handed in: it now reads as the update says. */
    CompletableFuture<ChangeReceipt> update(InboundUpdate update);

    /** The sender took back an item this channel handed in (deleted it): it is kept for the record, shown withdrawn. */
    CompletableFuture<ChangeReceipt> retract(InboundRetraction retraction);

    /** Applies a delivery receipt for an outbound message; never fails for unknown or stale receipts. */
    CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt);
}
