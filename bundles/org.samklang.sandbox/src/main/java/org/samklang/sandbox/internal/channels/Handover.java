package org.samklang.sandbox.internal.channels;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundSink;

/**
 * How the sandbox's channels hand what customers send to the core, the way the {@link InboundSink} contract asks of
 * every channel plugin: an item counts as received (acknowledged to its simulated remote) only once the core stored
 * it or already had it. An item the core refuses because its store cannot write is kept and handed in again, oldest
 * first, and meanwhile the simulated remotes hold their new items back, as a mail server keeps unseen mail and a
 * chat server undelivered lines: nothing is dropped, and memory does not grow with the length of the outage.
 * <p>
 * While items are kept, every {@code retry} the oldest one goes in alone; once it is stored the rest follow, then new
 * traffic again. One log line when the core starts refusing and one when everything kept is in, not one per item.
 * Thread-safe: the pump calls {@link #pump}, the core answers on its own thread.
 */
public final class Handover {

    private static final System.Logger LOG = System.getLogger(Handover.class.getName());

    private final InboundSink sink;
    private final Duration retry;
    /** Items the core could not store yet, by the order they were first handed in. */
    private final TreeMap<Long, InboundMessage> kept = new TreeMap<>();
    private long handedIn;
    private int inFlight;
    private boolean probing;
    private Instant retryAt = Instant.MIN;
    private long stored;
    /** The items kept since the core last refused, counted once each however often they are refused. */
    private final Set<Long> keptThisOutage = new HashSet<>();

    public Handover(InboundSink sink, Duration retry) {
        this.sink = sink;
        this.retry = retry;
    }

    /**
     * One step of the pump: hands in kept items when their retry is due, otherwise new items from {@code fresh} (only
     * asked while nothing is kept, so the remotes hold their items back during an outage).
     */
    public void pump(Instant now, Supplier<List<InboundMessage>> fresh) {
        Map<Long, InboundMessage> batch = new TreeMap<>();
        synchronized (this) {
            if (!kept.isEmpty()) {
                if (inFlight > 0 || now.isBefore(retryAt)) {
                    return;
                }
                if (probing) {
                    Map.Entry<Long, InboundMessage> oldest = kept.pollFirstEntry();
                    batch.put(oldest.getKey(), oldest.getValue());
                } else {
                    batch.putAll(kept);
                    kept.clear();
                }
            } else {
                for (InboundMessage message : fresh.get()) {
                    batch.put(++handedIn, message);
                }
            }
            inFlight += batch.size();
        }
        batch.forEach((order, message) -> handIn(order, message, now));
    }

    /**
     * {@return the items kept for the core, oldest first, and forgets them} For a channel that stops: its remote
     * still has them, and another instance hands them in.
     */
    public synchronized List<InboundMessage> drain() {
        List<InboundMessage> items = List.copyOf(kept.values());
        kept.clear();
        keptThisOutage.clear();
        probing = false;
        return items;
    }

    /** {@return how many items wait for the core's store} */
    public synchronized int keptCount() {
        return kept.size();
    }

    /** {@return how many items the core stored or already had} */
    public synchronized long storedCount() {
        return stored;
    }

    private void handIn(long order, InboundMessage message, Instant now) {
        CompletableFuture<InboundReceipt> receipt;
        try {
            receipt = sink.accept(message);
        } catch (RuntimeException e) {
            receipt = CompletableFuture.failedFuture(e);
        }
        receipt.whenComplete((answer, error) -> answered(order, message, answer, unwrap(error), now));
    }

    private synchronized void answered(long order, InboundMessage message, InboundReceipt answer, Throwable error,
            Instant handedAt) {
        inFlight--;
        if (error instanceof StoreUnavailableException unavailable) {
            keep(order, message, unavailable, handedAt);
            return;
        }
        if (error != null) {
            // Not the store: the core failed on this item itself. A real channel would leave it unacknowledged too.
            LOG.log(Level.WARNING, "the core failed on sandbox item {0}; keeping it: {1}", message.remoteId(),
                    error.toString());
            keep(order, message, null, handedAt);
            return;
        }
        if (answer.status() != InboundReceipt.Status.REJECTED) {
            stored++;
        }
        if (probing) {
            // The oldest kept item went in: the store writes again, so the rest follow at the next pump.
            probing = false;
            retryAt = Instant.MIN;
        }
        if (kept.isEmpty() && inFlight == 0 && !keptThisOutage.isEmpty()) {
            LOG.log(Level.INFO, "the core stores again; the {0} sandbox items kept meanwhile are in",
                    keptThisOutage.size());
            keptThisOutage.clear();
        }
    }

    private void keep(long order, InboundMessage message, StoreUnavailableException reason, Instant handedAt) {
        if (keptThisOutage.isEmpty()) {
            LOG.log(Level.WARNING, "the core cannot store what the sandbox channels receive ({0}); keeping it and"
                    + " handing it in again every {1} s, new traffic waits",
                    reason == null
                            ? "a failure"
                            : reason.reason(),
                    retry.toSeconds());
        }
        kept.put(order, message);
        keptThisOutage.add(order);
        probing = true;
        Instant next = handedAt.plus(retry);
        if (next.isAfter(retryAt)) {
            retryAt = next;
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
