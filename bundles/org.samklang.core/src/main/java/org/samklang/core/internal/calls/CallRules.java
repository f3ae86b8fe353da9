package org.samklang.core.internal.calls;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.api.model.WrapUpCode;
import org.samklang.core.spi.Telephony;
import org.samklang.core.spi.TelephonyCapabilities;

/**
 * Which command fits which call state, decided at the desk before the PBX is asked: asking for the state a call is
 * already in is done at once (idempotent), a command that cannot fit is refused with a reason for the agent, and
 * everything else goes to the PBX. Pure; the reasons are English like the PBX's own.
 */
final class CallRules {

    /** Empty: ask the PBX; present: the answer without asking. */
    @FunctionalInterface
    interface Rule {

        Optional<CallOutcome> check(DeskCall call);
    }

    static boolean blank(String callId) {
        return callId == null || callId.isBlank();
    }

    static CallOutcome noCall() {
        return new CallOutcome.Refused("No call was given");
    }

    static CallOutcome unknown(String callId) {
        return new CallOutcome.Refused("There is no call " + callId + " at this desk");
    }

    Optional<CallOutcome> answer(DeskCall call) {
        return switch (call.state()) {
            case RINGING -> ask();
            case CONNECTED, ON_HOLD, CONSULTING -> done();
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> hold(DeskCall call) {
        return switch (call.state()) {
            case CONNECTED -> ask();
            case ON_HOLD, CONSULTING -> done();
            case RINGING -> refuse("Answer call " + call.callId() + " before putting it on hold");
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> resume(DeskCall call) {
        return switch (call.state()) {
            case ON_HOLD -> ask();
            case CONNECTED -> done();
            case CONSULTING -> refuse("Complete or cancel the transfer of call " + call.callId() + " first");
            case RINGING -> refuse("Call " + call.callId() + " is not on hold; it is ringing");
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> transfer(DeskCall call, TransferRequest request) {
        return switch (call.state()) {
            case CONNECTED, ON_HOLD -> ask();
            case RINGING -> request.mode() == TransferMode.CONSULTATIVE
                    ? refuse("Answer call " + call.callId() + " before a consultative transfer")
                    : ask();
            case CONSULTING -> refuse("Call " + call.callId()
                    + " is already in a consultation; complete or cancel it first");
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> consultation(DeskCall call) {
        return call.state() == CallState.CONSULTING
                ? ask()
                : refuse("No consultative transfer is in progress for call " + call.callId());
    }

    Optional<CallOutcome> hangUp(DeskCall call) {
        return switch (call.state()) {
            case RINGING, CONNECTED, ON_HOLD, CONSULTING -> ask();
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> wrapUp(CallBook.Tracked tracked, String code, List<WrapUpCode> codes) {
        DeskCall call = tracked.call();
        if (call.state() != CallState.WRAP_UP) {
            return refuse("Call " + call.callId() + " has not ended yet");
        }
        if (tracked.wrappingUp()) {
            return refuse("The wrap-up of call " + call.callId() + " is being saved");
        }
        if (code == null || codes.stream().noneMatch(c -> c.code().equals(code.strip()))) {
            return refuse("Unknown wrap-up code '" + code + "'");
        }
        return ask();
    }

    /** {@return a refusal when the connector does not offer the control; the capabilities never block} */
    Optional<CallOutcome> capabilityProblem(Telephony telephony, String command, TransferRequest transfer) {
        TelephonyCapabilities capabilities;
        try {
            capabilities = telephony.telephonyCapabilities();
        } catch (RuntimeException e) {
            return Optional.of(new CallOutcome.Unreachable("The phone system did not say what it can do"));
        }
        if (capabilities == null) {
            return Optional.empty();
        }
        if (command.equals("answer") && !capabilities.answer()) {
            return refuse("This phone cannot answer from the desktop; lift the handset");
        }
        if ((command.equals("hold") || command.equals("resume")) && !capabilities.hold()) {
            return refuse("This phone system cannot hold calls from the desktop");
        }
        if (transfer != null && !capabilities.transfers().contains(transfer.mode())) {
            return refuse("This phone system cannot make a " + transfer.mode().name().toLowerCase(Locale.ROOT)
                    + " transfer");
        }
        return Optional.empty();
    }

    private static Optional<CallOutcome> ask() {
        return Optional.empty();
    }

    private static Optional<CallOutcome> done() {
        return Optional.of(new CallOutcome.Done());
    }

    private static Optional<CallOutcome> refuse(String reason) {
        return Optional.of(new CallOutcome.Refused(reason));
    }

    private static Optional<CallOutcome> ended(DeskCall call) {
        return refuse("Call " + call.callId() + " has already ended");
    }
}
