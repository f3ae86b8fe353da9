package org.samklang.core.internal.calls;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundSink;

/**
 * Files call events in the store through the inbound sink, and keeps those the store could not take.
 * <p>
 * A PBX reports each event once and cannot be asked again, so an event refused because the store cannot write (disk
 * full) is kept here and filed again every {@code retry} until it is stored, with every later event queued behind it
 * so the timeline keeps its order. Dedup by remote id makes a repeat harmless. An event refused for what it is
 * (rejected as invalid) is logged and dropped, as before. Confined to the calls thread: every method runs on it, and
 * the sink's answers are handed back to it.
 */
final class CallFiling {

    private static final System.Logger LOG = System.getLogger(CallFiling.class.getName());

    private record Item(InboundMessage message, Consumer<InboundReceipt> onStored) {
    }

    private final InboundSink sink;
    private final Executor callsThread;
    private final Deadlines deadlines;
    private final Duration retry;
    private final Deque<Item> kept = new ArrayDeque<>();
    /** The kept event now being filed again, if any; later events wait behind it. */
    private Item current;
    private boolean retrying;

    CallFiling(InboundSink sink, Executor callsThread, Deadlines deadlines, Duration retry) {
        this.sink = sink;
        this.callsThread = callsThread;
        this.deadlines = deadlines;
        this.retry = retry;
    }

    /** Files {@code message}; {@code onStored} runs on the calls thread once it is stored (or was already). */
    void file(InboundMessage message, Consumer<InboundReceipt> onStored) {
        Item item = new Item(message, onStored);
        if (!kept.isEmpty() || current != null) {
            kept.addLast(item);
            return;
        }
        submit(item);
    }

    /** How many events wait for the store. */
    int waiting() {
        return kept.size() + (current == null ? 0 : 1);
    }

    private void submit(Item item) {
        CompletableFuture<InboundReceipt> receipt;
        try {
            receipt = sink.accept(item.message());
        } catch (RuntimeException e) {
            receipt = CompletableFuture.failedFuture(e);
        }
        receipt.whenComplete((stored, error) -> onCalls(() -> answered(item, stored, error)));
    }

    private void answered(Item item, InboundReceipt stored, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof StoreUnavailableException unavailable
                && unavailable.reason() != StoreUnavailableException.Reason.CLOSED) {
            keep(item);
            return;
        }
        if (cause != null || stored.status() == InboundReceipt.Status.REJECTED) {
            LOG.log(Level.WARNING, "call event {0} not filed: {1}", item.message().remoteId(),
                    cause != null ? cause.toString() : stored.detail());
        } else {
            item.onStored().accept(stored);
        }
        if (item == current) {
            current = null;
            if (kept.isEmpty()) {
                LOG.log(Level.INFO, "the call events kept while the store could not write are filed");
            }
            fileNextKept();
        }
    }

    /** The kept event being filed again goes back to the front; an event filed in passing joins the back. */
    private void keep(Item item) {
        if (kept.isEmpty() && current == null) {
            LOG.log(Level.WARNING, "the store cannot take call events now; keeping them and filing them again every"
                    + " {0} s", retry.toSeconds());
        }
        if (item == current) {
            current = null;
            kept.addFirst(item);
        } else {
            kept.addLast(item);
        }
        if (!retrying) {
            retrying = true;
            deadlines.after(retry, () -> onCalls(this::retryFirst));
        }
    }

    private void retryFirst() {
        retrying = false;
        fileNextKept();
    }

    /** Kept events go one at a time, oldest first, so the order holds. */
    private void fileNextKept() {
        if (retrying || current != null) {
            return;
        }
        current = kept.pollFirst();
        if (current != null) {
            submit(current);
        }
    }

    private void onCalls(Runnable task) {
        try {
            callsThread.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "the call runtime is closed; a call event answer was dropped");
        }
    }
}
