package org.samklang.core.internal.calls;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay; the runtime's command timeouts go through it so tests can fire them by hand. */
@FunctionalInterface
public interface Deadlines {

    /** Runs {@code task} once after {@code delay}; the task must not block. */
    void after(Duration delay, Runnable task);

    /** {@return deadlines on a scheduler; after its shutdown tasks are dropped} */
    static Deadlines on(ScheduledExecutorService scheduler) {
        return (delay, task) -> {
            try {
                scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Shutting down; the command's caller no longer waits.
            }
        };
    }
}
