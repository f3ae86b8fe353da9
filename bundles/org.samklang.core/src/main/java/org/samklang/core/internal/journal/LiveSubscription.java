package org.samklang.core.internal.journal;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.journal.JournalStore.JournalBatch;
import org.samklang.core.internal.store.ReadPool;

/**
 * One subscriber's feed: catch-up from the store, then live events, on its own thread.
 * <p>
 * Why there is no gap or duplicate at the switch-over: the subscription is registered with the hub (and buffers
 * every event published from then on) before its first read of the store. Any event committed before registration
 * is found by that read; any event published after it is in the buffer; events present in both are dropped by
 * sequence. If the buffer grows beyond its limit (a slow listener) it is thrown away and the same catch-up runs again
 * from the store, so memory stays bounded and nothing is lost.
 */
final class LiveSubscription implements JournalSubscription {

    private static final System.Logger LOG = System.getLogger(LiveSubscription.class.getName());
    private static final int CATCH_UP_PAGE = 1000;

    private final JournalHub hub;
    private final ReadPool readers;
    private final JournalStore store;
    private final JournalListener listener;
    private final int maxBuffered;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<JournalEvent> buffer = new ArrayDeque<>();
    private boolean overflowed;
    private volatile boolean closed;
    private volatile long position;

    LiveSubscription(JournalHub hub, ReadPool readers, JournalStore store, JournalListener listener,
            long afterSequence, int maxBuffered) {
        this.hub = hub;
        this.readers = readers;
        this.store = store;
        this.listener = listener;
        this.position = afterSequence;
        this.maxBuffered = maxBuffered;
    }

    void start(String name) {
        Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    /** Called by the writer thread after each commit; never blocks on the listener. */
    void offer(List<JournalEvent> events) {
        lock.lock();
        try {
            if (closed || overflowed) {
                return;
            }
            if (buffer.size() + events.size() > maxBuffered) {
                buffer.clear();
                overflowed = true;
            } else {
                buffer.addAll(events);
            }
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long lastDeliveredSequence() {
        return position;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            buffer.clear();
            changed.signal();
        } finally {
            lock.unlock();
        }
        hub.remove(this);
    }

    private void run() {
        try {
            boolean needCatchUp = true;
            while (!closed) {
                if (needCatchUp) {
                    catchUp();
                    notifyCaughtUp();
                }
                List<JournalEvent> live = takeBuffered();
                needCatchUp = live == null || !deliverLive(live);
            }
        } catch (StoreUnavailableException e) {
            stop(e);
        } catch (RuntimeException e) {
            stop(new StoreUnavailableException(StoreUnavailableException.Reason.IO_ERROR,
                    "The journal could not be read: " + e.getMessage(), e));
        }
    }

    private void stop(StoreUnavailableException error) {
        LOG.log(Level.WARNING, "journal subscription stopped: " + error.getMessage(), error);
        close();
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "journal listener failed in onError", e);
        }
    }

    private void catchUp() {
        while (!closed) {
            long from = position;
            JournalBatch batch = readers.read(session -> store.readAfter(session, from, CATCH_UP_PAGE));
            for (JournalEvent event : batch.events()) {
                if (closed) {
                    return;
                }
                deliver(event);
            }
            position = Math.max(position, batch.lastSequence());
            if (batch.rowCount() < CATCH_UP_PAGE) {
                return;
            }
        }
    }

    /** Delivers buffered events; false if a gap showed up and the store must be read again. */
    private boolean deliverLive(List<JournalEvent> live) {
        for (JournalEvent event : live) {
            if (closed) {
                return true;
            }
            if (event.sequence() <= position) {
                continue;
            }
            if (event.sequence() != position + 1) {
                LOG.log(Level.WARNING, "journal subscription: expected event " + (position + 1) + " but got "
                        + event.sequence() + "; reading the store again");
                return false;
            }
            deliver(event);
        }
        return true;
    }

    /** The buffered events; empty when closed; null after an overflow (read the store again). */
    private List<JournalEvent> takeBuffered() {
        lock.lock();
        try {
            while (!closed && !overflowed && buffer.isEmpty()) {
                changed.awaitUninterruptibly();
            }
            if (closed) {
                return List.of();
            }
            if (overflowed) {
                overflowed = false;
                LOG.log(Level.INFO, "journal subscription fell behind; catching up from the store");
                return null;
            }
            List<JournalEvent> taken = new ArrayList<>(buffer);
            buffer.clear();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    private void deliver(JournalEvent event) {
        // Set first: a listener that reads lastDeliveredSequence() while handling the event sees this event.
        position = event.sequence();
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "journal listener failed on event " + event.sequence() + "; continuing", e);
        }
    }

    private void notifyCaughtUp() {
        if (closed) {
            return;
        }
        try {
            listener.onCaughtUp(position);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "journal listener failed in onCaughtUp; continuing", e);
        }
    }
}
