package org.samklang.core.internal.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundSink;

/**
 * A channel that follows the {@link InboundSink} contract to the letter: it acknowledges an item to its remote only
 * when the core stored it (or had it), keeps every item refused with {@link StoreUnavailableException}, and hands
 * the kept ones in again when told. Anything else (a rejection, a wrapped or other exception) is recorded as
 * unexpected. Thread-safe.
 */
final class RehandingChannel {

    private final InboundSink sink;
    private final List<String> acknowledged = new ArrayList<>();
    private final Map<String, InboundMessage> kept = new LinkedHashMap<>();
    private final List<String> unexpected = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    RehandingChannel(InboundSink sink) {
        this.sink = sink;
    }

    void handIn(InboundMessage message) {
        inFlight.incrementAndGet();
        sink.accept(message).whenComplete((receipt, error) -> {
            synchronized (this) {
                if (error instanceof StoreUnavailableException) {
                    kept.put(message.remoteId(), message);
                } else if (error != null) {
                    unexpected.add(message.remoteId() + ": " + error);
                } else if (receipt.status() == InboundReceipt.Status.REJECTED) {
                    unexpected.add(message.remoteId() + " rejected: " + receipt.detail());
                } else {
                    acknowledged.add(message.remoteId());
                }
            }
            inFlight.decrementAndGet();
        });
    }

    /** Hands in again every kept item whose answer has come. */
    void handInKeptAgain() {
        List<InboundMessage> again;
        synchronized (this) {
            if (inFlight.get() > 0) {
                return;
            }
            again = List.copyOf(kept.values());
            kept.clear();
        }
        again.forEach(this::handIn);
    }

    boolean settled() {
        return inFlight.get() == 0;
    }

    synchronized List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    synchronized List<String> kept() {
        return List.copyOf(kept.keySet());
    }

    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }
}
