package org.samklang.core.api;

import java.util.concurrent.CompletableFuture;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.TakenMessage;

/**
 * The receptionist's "take a message": a note for a colleague who cannot take a call, written from a template and
 * sent to the colleague by email through the outbox (so it is persisted before sending, retried, and sent at most
 * once, like any reply).
 * <p>
 * <b>Threading.</b> Returns at once; the future completes on a core thread once the message is stored in the
 * outbox (not when it is delivered; delivery comes back through the journal like any outbound message).
 * <p>
 * <b>Errors.</b> Completes exceptionally with {@link IllegalArgumentException} when the person is unknown or has no
 * email address, with {@link IllegalStateException} when no email channel is connected, and with
 * {@link StoreUnavailableException} when the store cannot be written. Nothing is half-sent.
 * <p>
 * <b>Idempotency.</b> The message's {@link TakenMessage#clientKey()} is its idempotency key: taking the same
 * message twice stores and sends it once and completes with the same id.
 */
public interface ReceptionService {

    /** Stores the message in the outbox addressed to the colleague; see the class comment. */
    CompletableFuture<MessageId> takeMessage(TakenMessage message);
}
