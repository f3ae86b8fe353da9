package org.samklang.core.api;

import org.samklang.core.api.model.JournalEvent;

/**
 * Receives journal events of one {@link JournalSubscription}, in sequence order, each exactly once.
 * <p>
 * Threading: called on the subscription's own engine thread, never on the UI thread and never concurrently for one
 * subscription; a UI must hand events over to its display thread. A slow listener delays only its own
 * subscription: the engine reads the backlog from the store again instead of buffering without limit.
 * An exception thrown by {@link #onEvent(JournalEvent)} is logged and the event counts as delivered.
 */
@FunctionalInterface
public interface JournalListener {

    /** One event; {@code event.sequence()} is exactly one more than the previous event's. */
    void onEvent(JournalEvent event);

    /**
     * The backlog is delivered; from now on events arrive as they are committed. Called again after the subscription
     * had to re-read a backlog (a slow listener). {@code sequence} is the last delivered sequence (0 if none).
     */
    default void onCaughtUp(long sequence) {
    }

    /**
     * The store could not be read; the subscription is closed. Subscribe again from
     * {@link JournalSubscription#lastDeliveredSequence()} when the store is back.
     */
    default void onError(StoreUnavailableException error) {
    }
}
