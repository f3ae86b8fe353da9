package org.samklang.core.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.QueueFigures;

/**
 * Live figures of every queue: waiting, longest wait, service level against its target, agents ready, and where
 * a queue overflows.
 * <p>
 * <b>Threading.</b> {@link #queues()} returns the latest figures without blocking (they are computed
 * incrementally by the engine, never by scanning history). Listeners are called on a background thread at most a
 * few times per second with the whole list, and must not block.
 */
public interface QueueService {

    /**
     * The current figures of every queue, in a stable order (by media type, then name); empty until the desk has
     * counted its queues at start (today's outcomes and the work waiting in the store), so the first figures shown
     * are whole ones.
     */
    List<QueueFigures> queues();

    /** Receives the figures whenever they change; closing the handle stops it. */
    AutoCloseable subscribe(Consumer<List<QueueFigures>> listener);

    /**
     * {@return the ids of the queues whose work the agent may be offered (skills met, capacity for the queue's media
     * type), in the queues' order; empty for someone routing does not know as an agent (yet)} Non-blocking: known
     * once the directory has named the desk's agents. For "my queues" with
     * {@link org.samklang.core.api.model.InboxQuery#inQueues}.
     */
    List<String> queuesOf(String agentId);

    /** Work offered and not yet answered, oldest first. */
    List<Offer> openOffers();

    /**
     * Accepts an offer: the work is assigned to the agent. Completes exceptionally with
     * {@link IllegalStateException} when the offer is no longer open (timed out, withdrawn).
     */
    CompletableFuture<Void> accept(String itemId, String agentId);

    /** Declines an offer: the work goes to the next agent, not straight back to this one. */
    CompletableFuture<Void> decline(String itemId, String agentId);
}
