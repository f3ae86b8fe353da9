package org.samklang.core.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.api.model.WrapUpCode;

/**
 * The desk's phone: the calls at the agent's or receptionist's device and their controls (answer, hold, resume,
 * transfer, hang up, wrap-up). A call is also a conversation: every call event is in the journal as a message of
 * the call's conversation, so the timeline shows it; this service is the live view used for the screen pop and
 * the call controls.
 * <p>
 * <b>Threading.</b> {@link #calls()} and {@link #call(String)} return a snapshot without blocking. Commands return
 * at once; the future completes on a core thread when the PBX answered or after the core's timeout (a few
 * seconds) with {@link CallOutcome.Unreachable}. Commands never run on the caller's thread, so the UI thread may
 * call them. Listeners are called on one core thread, in event order, and must not block.
 * <p>
 * <b>Errors.</b> Nothing throws for a PBX problem: a control the PBX turns down completes with
 * {@link CallOutcome.Refused} and its reason, a PBX that is down or slow with {@link CallOutcome.Unreachable}.
 * An unknown call id completes with {@link CallOutcome.Refused}.
 * <p>
 * <b>Idempotency.</b> Asking for the state a call is already in (hold a held call) is {@link CallOutcome.Done}
 * without a second event. Transfers and hang-ups are not repeated: the second is refused because the call left.
 */
public interface CallService {

    /** Whether a telephony connector is present; without one every command is refused. */
    boolean available();

    /** The calls at the desk's device now (ringing, connected, held, consulting, in wrap-up), oldest first. */
    List<DeskCall> calls();

    /** One call at the desk's device, if it is still there (ended calls leave after wrap-up). */
    Optional<DeskCall> call(String callId);

    /** The wrap-up codes an agent chooses from after a call, in display order. */
    List<WrapUpCode> wrapUpCodes();

    /** Answers a ringing call. */
    CompletableFuture<CallOutcome> answer(String callId);

    /** Puts a connected call on hold. */
    CompletableFuture<CallOutcome> hold(String callId);

    /** Takes a held call off hold. */
    CompletableFuture<CallOutcome> resume(String callId);

    /**
     * Transfers a call: blind, consultative (the caller is held while the target rings; finish with
     * {@link #completeTransfer} or {@link #cancelTransfer}), to a voicemail box or to a mobile number.
     */
    CompletableFuture<CallOutcome> transfer(String callId, TransferRequest request);

    /** Completes a consultative transfer. */
    CompletableFuture<CallOutcome> completeTransfer(String callId);

    /** Cancels a consultative transfer; the caller comes back to the desk. */
    CompletableFuture<CallOutcome> cancelTransfer(String callId);

    /** Hangs up (a ringing call is rejected); the call then waits in wrap-up for a code. */
    CompletableFuture<CallOutcome> hangUp(String callId);

    /**
     * Ends wrap-up with a code from {@link #wrapUpCodes()}; the code is journalled with the call's conversation and
     * the call leaves {@link #calls()}. An unknown code is refused.
     */
    CompletableFuture<CallOutcome> wrapUp(String callId, String wrapUpCode);

    /** Receives every change of a desk call (a new ringing call is the screen pop); closing stops it. */
    Subscription subscribe(Listener listener);

    /** Receives desk call changes; see the class comment for the thread. */
    @FunctionalInterface
    interface Listener {

        /** The call as it is after the change; a call in state ENDED with no wrap-up left has just left. */
        void callChanged(DeskCall call);
    }

    /** A subscription handle; closing it twice is harmless. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
