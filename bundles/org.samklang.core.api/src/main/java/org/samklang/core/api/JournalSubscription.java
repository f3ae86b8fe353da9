package org.samklang.core.api;

/**
 * A live feed of journal events to one {@link JournalListener}, from {@link ConversationService#subscribe}.
 * <p>
 * Thread-safe. Closing is idempotent, does not block on the listener, and no event is delivered once
 * {@link #close()} has returned, except one already being delivered on the subscription's thread.
 */
public interface JournalSubscription extends AutoCloseable {

    /** The sequence of the last event handed to the listener, or the starting point if none yet. */
    long lastDeliveredSequence();

    /** Stops the feed. */
    @Override
    void close();
}
