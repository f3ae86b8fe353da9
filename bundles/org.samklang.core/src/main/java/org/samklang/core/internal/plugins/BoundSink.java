package org.samklang.core.internal.plugins;

import java.util.concurrent.CompletableFuture;

import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.InboundUpdate;

/**
 * The inbound sink a plugin instance gets in its context: the core's sink with the instance's id stamped on every
 * item, change and receipt as its channel id, so an instance can never hand in for another channel (a wrong id in the
 * plugin's own message is replaced, not trusted). Thread-safe as the sink it wraps.
 */
final class BoundSink implements InboundSink {

    private final String channelId;
    private final InboundSink sink;

    BoundSink(String channelId, InboundSink sink) {
        this.channelId = channelId;
        this.sink = sink;
    }

    @Override
    public CompletableFuture<InboundReceipt> accept(InboundMessage message) {
        if (message == null) {
            return sink.accept(null);
        }
        return sink.accept(message.channelId().equals(channelId) ? message : stamped(message));
    }

    @Override
    public CompletableFuture<ChangeReceipt> update(InboundUpdate update) {
        if (update == null || update.channelId().equals(channelId)) {
            return sink.update(update);
        }
        return sink.update(new InboundUpdate(channelId, update.remoteId(), update.text(), update.richBody(),
                update.editedAt()));
    }

    @Override
    public CompletableFuture<ChangeReceipt> retract(InboundRetraction retraction) {
        if (retraction == null || retraction.channelId().equals(channelId)) {
            return sink.retract(retraction);
        }
        return sink.retract(new InboundRetraction(channelId, retraction.remoteId(), retraction.retractedAt()));
    }

    @Override
    public CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt) {
        if (receipt == null || receipt.channelId().equals(channelId)) {
            return sink.acceptReceipt(receipt);
        }
        return sink.acceptReceipt(new DeliveryReceipt(channelId, receipt.messageRef(), receipt.state(),
                receipt.detail(), receipt.at()));
    }

    private InboundMessage stamped(InboundMessage message) {
        return new InboundMessage(channelId, message.mediaType(), message.remoteId(), message.threadKeys(),
                message.from(), message.to(), message.subject(), message.text(), message.richBody(),
                message.attachments(), message.metadata(), message.receivedAt());
    }
}
