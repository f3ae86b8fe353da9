package org.samklang.ui.internal.parts;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;
import org.samklang.ui.internal.model.Scheduler;

/**
 * A part's two threads: the UI thread, reached through {@link UISynchronize}, and one background thread for
 * everything that may block (store reads) or wait (throttled refreshes, retries). One thread per part keeps its
 * reads in order and never competes with the UI thread for more than one core.
 */
public final class UiThread implements Scheduler {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final UISynchronize sync;
    private final Widget owner;
    private final ScheduledExecutorService background;

    public UiThread(UISynchronize sync, Widget owner, String name) {
        this.sync = sync;
        this.owner = owner;
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "samklang-ui-" + name + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} on the UI thread later, unless the part is gone by then. */
    public void ui(Runnable task) {
        if (owner.isDisposed()) {
            return;
        }
        sync.asyncExec(() -> {
            if (!owner.isDisposed()) {
                task.run();
            }
        });
    }

    /** Runs {@code task} now when on the UI thread, else later on it (service binding may come from any thread). */
    public void uiNowOrLater(Runnable task) {
        if (Display.getCurrent() != null && !owner.isDisposed()) {
            task.run();
        } else {
            ui(task);
        }
    }

    /** Runs {@code task} on the part's background thread. */
    public void background(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            // The part is being disposed; its work no longer matters.
        }
    }

    /** Runs {@code task} on the part's background thread after a delay. */
    @Override
    public void schedule(Runnable task, long delayMillis) {
        try {
            background.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The part is being disposed; its work no longer matters.
        }
    }

    /** A monotonic clock in milliseconds, for throttles. */
    public static long nowMillis() {
        return System.nanoTime() / 1_000_000;
    }

    /** Stops the background thread; queued work is dropped. */
    public void shutdown() {
        background.shutdownNow();
    }
}
