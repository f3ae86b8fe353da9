package org.samklang.core.internal.calls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundUpdate;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundSink;

/**
 * A store that threads by the call id: the ringing item opens conversation n, later items join it; the same
 * remote id twice is a duplicate. Can be switched to fail, as a full disk would.
 */
final class FakeSink implements InboundSink {

    final List<InboundMessage> stored = new ArrayList<>();
    private final Map<String, ConversationId> conversations = new HashMap<>();
    private final Set<String> remoteIds = new HashSet<>();
    private long nextId = 100;
    boolean failing;

    @Override
    public synchronized CompletableFuture<InboundReceipt> accept(InboundMessage message) {
        if (failing) {
            return CompletableFuture.failedFuture(
                    new StoreUnavailableException(StoreUnavailableException.Reason.DISK_FULL, "The disk is full"));
        }
        String thread = message.threadKeys().isEmpty() ? message.remoteId() : message.threadKeys().get(0);
        ConversationId conversation = conversations.computeIfAbsent(thread, k -> new ConversationId(nextId++));
        if (!remoteIds.add(message.remoteId())) {
            return CompletableFuture.completedFuture(InboundReceipt.of(InboundReceipt.Status.DUPLICATE,
                    new MessageId(nextId++), conversation, ""));
        }
        stored.add(message);
        return CompletableFuture.completedFuture(InboundReceipt.of(InboundReceipt.Status.STORED,
                new MessageId(nextId++), conversation, ""));
    }

    @Override
    public CompletableFuture<ChangeReceipt> update(InboundUpdate update) {
        return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("not kept here"));
    }

    @Override
    public CompletableFuture<ChangeReceipt> retract(InboundRetraction retraction) {
        return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("not kept here"));
    }

    @Override
    public CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt) {
        return CompletableFuture.completedFuture(DeliveryReceipt.Outcome.UNKNOWN_MESSAGE);
    }

    synchronized List<String> events() {
        return stored.stream().map(m -> m.metadata().get(CallMetadata.EVENT)).toList();
    }

    synchronized InboundMessage last() {
        return stored.get(stored.size() - 1);
    }
}
