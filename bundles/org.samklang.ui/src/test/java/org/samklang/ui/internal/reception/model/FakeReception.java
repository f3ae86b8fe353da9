package org.samklang.ui.internal.reception.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.samklang.core.api.ReceptionService;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.TakenMessage;

/** A message service that records what it was given and completes when the test says. */
public final class FakeReception implements ReceptionService {

    public final List<TakenMessage> taken = new ArrayList<>();
    public final List<CompletableFuture<MessageId>> futures = new ArrayList<>();
    /** When true, messages complete at once. */
    public boolean autoAnswer;

    @Override
    public synchronized CompletableFuture<MessageId> takeMessage(TakenMessage message) {
        taken.add(message);
        CompletableFuture<MessageId> future = new CompletableFuture<>();
        futures.add(future);
        if (autoAnswer) {
            future.complete(new MessageId(taken.size()));
        }
        return future;
    }
}
