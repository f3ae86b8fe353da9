package org.samklang.core.spi;

import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.TransferMode;

/**
 * Call control of the desk's phone through a PBX: answer, hold, resume, transfer and hang up, and the call events
 * that drive the phone channel's timeline and the screen pop. See {@link Connector} for the contract shared by
 * all connectors; the device (extension) it controls is one of its settings.
 * <p>
 * <b>Threading.</b> {@link #startCallEvents} and {@link #stopCallEvents} are called on a core thread and return
 * quickly. Commands are called on core worker threads (never the UI thread), return at once and complete the future
 * when the PBX answered; the core times them out after a few seconds and then tells the agent.
 * <p>
 * <b>Errors.</b> A command the PBX turns down (unknown or ended call, a control not in
 * {@link #telephonyCapabilities()}) completes with {@link CallControlResult.Refused}; a PBX that cannot be reached
 * completes exceptionally with a {@link ConnectorFailure}. Nothing throws.
 * <p>
 * <b>Idempotency.</b> A command asking for the state the call is already in (hold a held call) is accepted without
 * a second event. Transfers and hang-ups cannot be repeated: the second one is refused because the call has left.
 * The core never retries commands by itself; each is an agent's click.
 */
public interface Telephony extends Connector {

    /** The controls this PBX offers. Non-blocking. */
    TelephonyCapabilities telephonyCapabilities();

    /** Starts reporting call events of the desk's device to {@code listener}; replaces an earlier listener. */
    void startCallEvents(CallEventListener listener);

    /** Stops reporting call events; calls in progress go on at the PBX. Harmless when not started. */
    void stopCallEvents();

    /** Answers a ringing call. */
    CompletableFuture<CallControlResult> answer(String callId);

    /** Puts a connected call on hold. */
    CompletableFuture<CallControlResult> hold(String callId);

    /** Takes a held call off hold. */
    CompletableFuture<CallControlResult> resume(String callId);

    /**
     * Transfers a call. For {@link TransferMode#CONSULTATIVE} the caller is held and the target rung; the transfer
     * happens on {@link #completeTransfer}.
     *
     * @param target an extension, an E.164 number, or for voicemail the box's extension
     */
    CompletableFuture<CallControlResult> transfer(String callId, TransferMode mode, String target);

    /** Completes a consultative transfer: the caller is connected to the consulted target. */
    CompletableFuture<CallControlResult> completeTransfer(String callId);

    /** Cancels a consultative transfer: the consultation ends and the caller comes back to the agent. */
    CompletableFuture<CallControlResult> cancelTransfer(String callId);

    /** Hangs up the desk's leg of the call (a ringing call is rejected). */
    CompletableFuture<CallControlResult> hangUp(String callId);
}
