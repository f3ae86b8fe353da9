package org.samklang.core.internal.conversation;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.internal.outbox.OutboxSender;
import org.samklang.core.internal.store.Writer;
import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.InboundUpdate;

/** The core's {@link InboundSink}: prepares on the plugin's thread, stores through the writer. */
final class InboundService implements InboundSink {

    private static final System.Logger LOG = System.getLogger(InboundService.class.getName());

    private final InboundPreparer preparer;
    private final IngestTask ingest;
    private final Writer writer;
    private final OutboxSender sender;
    private final Clock clock;
    private final DuplicateCount duplicates;
    private final MessageChanges changes = new MessageChanges();

    InboundService(InboundPreparer preparer, IngestTask ingest, Writer writer, OutboxSender sender, Clock clock,
            DuplicateCount duplicates) {
        this.duplicates = duplicates;
        this.preparer = preparer;
        this.ingest = ingest;
        this.writer = writer;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<InboundReceipt> accept(InboundMessage message) {
        InboundPreparer.Result result;
        try {
            result = preparer.prepare(message, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "inbound message could not be prepared; rejected", e);
            return CompletableFuture.completedFuture(InboundReceipt.rejected("could not be read: " + e));
        }
        if (result.rejection() != null) {
            LOG.log(Level.WARNING, "inbound message rejected: {0}", result.rejection());
            return CompletableFuture.completedFuture(InboundReceipt.rejected(result.rejection()));
        }
        PreparedInbound prepared = result.prepared();
        if (!prepared.notes().isEmpty()) {
            LOG.log(Level.INFO, "inbound {0}/{1} normalised: {2}", prepared.channelId(), prepared.remoteId(),
                    String.join("; ", prepared.notes()));
        }
        CompletableFuture<InboundReceipt> receipt = writer.submitBatched("ingest",
                transaction -> ingest.store(transaction, prepared));
        // The plugin gets the writer's own future, so a failure reaches it as the StoreUnavailableException itself.
        receipt.thenAccept(done -> {
            if (done.status() == InboundReceipt.Status.DUPLICATE) {
                duplicates.count(prepared.channelId(), prepared.remoteId());
            }
        });
        return receipt;
    }

    @Override
    public CompletableFuture<ChangeReceipt> update(InboundUpdate update) {
        if (update == null) {
            return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("no update (null)"));
        }
        return writer.submit("update", transaction -> changes.update(transaction, update));
    }

    @Override
    public CompletableFuture<ChangeReceipt> retract(InboundRetraction retraction) {
        if (retraction == null) {
            return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("no retraction (null)"));
        }
        return writer.submit("retract", transaction -> changes.retract(transaction, retraction));
    }

    @Override
    public CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt) {
        if (receipt == null) {
            LOG.log(Level.WARNING, "null delivery receipt ignored");
            return CompletableFuture.completedFuture(DeliveryReceipt.Outcome.UNKNOWN_MESSAGE);
        }
        return sender.applyReceipt(receipt);
    }
}
