package org.samklang.core.internal.journal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.store.ReadPool;

/**
 * Fans committed journal events out to live subscriptions; the writer calls {@link #accept(List)} after each
 * commit. Thread-safe.
 */
public final class JournalHub implements Consumer<List<JournalEvent>>, AutoCloseable {

    /** Live events buffered per subscription before it falls back to reading the store. */
    public static final int DEFAULT_MAX_BUFFERED = 10_000;

    private final ReadPool readers;
    private final JournalStore store;
    private final int maxBuffered;
    private final CopyOnWriteArrayList<LiveSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicLong names = new AtomicLong();

    public JournalHub(ReadPool readers, JournalStore store, int maxBuffered) {
        this.readers = readers;
        this.store = store;
        this.maxBuffered = maxBuffered;
    }

    @Override
    public void accept(List<JournalEvent> committed) {
        for (LiveSubscription subscription : subscriptions) {
            subscription.offer(committed);
        }
    }

    /**
     * Starts a feed of the events after {@code afterSequence}.
     *
     * @throws IllegalArgumentException if {@code afterSequence} is negative or beyond the journal's end (the store
     *                                  was replaced by an older copy: the subscriber must start again from 0)
     */
    public JournalSubscription subscribe(long afterSequence, JournalListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        long last = store.lastSequence(readers);
        if (afterSequence < 0 || afterSequence > last) {
            throw new IllegalArgumentException("cannot resume after journal sequence " + afterSequence
                    + ": the journal holds 0.." + last + " (was the store restored from an older copy?)");
        }
        LiveSubscription subscription = new LiveSubscription(this, readers, store, listener, afterSequence,
                maxBuffered);
        subscriptions.add(subscription);
        subscription.start("samklang-journal-subscriber-" + names.incrementAndGet());
        return subscription;
    }

    void remove(LiveSubscription subscription) {
        subscriptions.remove(subscription);
    }

    /** Closes every subscription. */
    @Override
    public void close() {
        subscriptions.forEach(LiveSubscription::close);
    }
}
