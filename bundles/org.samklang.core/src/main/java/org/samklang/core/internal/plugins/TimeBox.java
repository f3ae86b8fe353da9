package org.samklang.core.internal.plugins;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call into a plugin ({@code start}, {@code stop}) on a thread of its own and waits at most a given time, so
 * a plugin that hangs holds up only that thread, never the caller beyond the limit, nor anything else.
 */
final class TimeBox {

    /** How a boxed call ended. */
    enum Ending {
        RETURNED, THREW, TIMED_OUT
    }

    /**
     * @param ending how it ended within the limit
     * @param error  what it threw, for {@link Ending#THREW}
     * @param late   completes when a call that timed out returns after all (exceptionally if it threw then)
     */
    record Outcome(Ending ending, Throwable error, CompletableFuture<Void> late) {
    }

    private TimeBox() {
    }

    /** Runs {@code call} on a new daemon thread named {@code threadName}; waits up to {@code limit}. */
    static Outcome run(String threadName, Runnable call, Duration limit) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name(threadName).start(() -> {
            try {
                call.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return new Outcome(Ending.RETURNED, null, done);
        } catch (ExecutionException e) {
            return new Outcome(Ending.THREW, e.getCause(), done);
        } catch (TimeoutException e) {
            return new Outcome(Ending.TIMED_OUT, null, done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Ending.TIMED_OUT, null, done);
        }
    }
}
