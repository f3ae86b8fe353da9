package org.samklang.ui.internal.model;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Coalesces bursts of "something changed" into refreshes at most once per interval: a burst of journal events
 * (a merge touching a hundred conversations, a sandbox storm) becomes one refresh now and at most one more at the
 * end of the interval, never a queue of stale refreshes.
 * <p>
 * Thread-safe: {@link #request()} may be called from any thread (journal and presence listeners call it); the
 * refresh runs on the {@link Scheduler}'s thread, never two at once from one throttle.
 */
public final class RefreshThrottle {

    private final long intervalMillis;
    private final LongSupplier nowMillis;
    private final Scheduler scheduler;
    private final Runnable refresh;
    private boolean pending;
    private boolean closed;
    private long lastRunMillis = Long.MIN_VALUE / 2;

    /**
     * @param intervalMillis least time between two refreshes, e.g. 250 for at most four per second
     * @param nowMillis      a monotonic clock in milliseconds ({@code System::nanoTime / 1e6} in the desktop)
     * @param scheduler      where refreshes run
     * @param refresh        what to run; must not block for long
     */
    public RefreshThrottle(long intervalMillis, LongSupplier nowMillis, Scheduler scheduler, Runnable refresh) {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("intervalMillis must not be negative, got " + intervalMillis);
        }
        this.intervalMillis = intervalMillis;
        this.nowMillis = Objects.requireNonNull(nowMillis, "nowMillis");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    /** Asks for a refresh: at once if none ran within the interval, else once when the interval is over. */
    public void request() {
        long delay;
        synchronized (this) {
            if (pending || closed) {
                return;
            }
            pending = true;
            delay = Math.max(0, lastRunMillis + intervalMillis - nowMillis.getAsLong());
        }
        scheduler.schedule(this::run, delay);
    }

    /** Drops a pending refresh and ignores later requests. */
    public synchronized void close() {
        closed = true;
    }

    private void run() {
        synchronized (this) {
            if (closed) {
                return;
            }
            pending = false;
            lastRunMillis = nowMillis.getAsLong();
        }
        refresh.run();
    }
}
