package org.samklang.core.internal.calls;

import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallOutcome.Problem;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.api.model.WrapUpCode;
import org.samklang.core.spi.Telephony;
import org.samklang.core.spi.TelephonyCapabilities;

/**
 * Which command fits which call state, decided at the desk before the PBX is asked: asking for the state a call is
 * already in is done at once (idempotent), a command that cannot fit is refused with the {@link Problem} the desktop
 * tells the agent, and everything else goes to the PBX. Pure.
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
        return new CallOutcome.Refused(Problem.NO_CALL);
    }

    static CallOutcome unknown(String callId) {
        return new CallOutcome.Refused(Problem.UNKNOWN_CALL, callId);
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
            case RINGING -> refuse(Problem.NOT_ANSWERED);
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> resume(DeskCall call) {
        return switch (call.state()) {
            case ON_HOLD -> ask();
            case CONNECTED -> done();
            case CONSULTING -> refuse(Problem.CONSULTING);
            case RINGING -> refuse(Problem.NOT_ON_HOLD);
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> transfer(DeskCall call, TransferRequest request) {
        return switch (call.state()) {
            case CONNECTED, ON_HOLD -> ask();
            case RINGING -> request.mode() == TransferMode.CONSULTATIVE
                    ? refuse(Problem.NOT_ANSWERED)
                    : ask();
            case CONSULTING -> refuse(Problem.CONSULTING);
            case WRAP_UP, ENDED -> ended(call);
        };
    }

    Optional<CallOutcome> consultation(DeskCall call) {
        return call.state() == CallState.CONSULTING
                ? ask()
                : refuse(Problem.NO_CONSULTATION);
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
            return refuse(Problem.NOT_ENDED);
        }
        if (tracked.wrappingUp()) {
            return refuse(Problem.WRAP_UP_SAVING);
        }
        if (code == null || codes.stream().noneMatch(c -> c.code().equals(code.strip()))) {
            return refuse(Problem.UNKNOWN_WRAP_UP_CODE, String.valueOf(code));
        }
        return ask();
    }

    /** {@return a refusal when the connector does not offer the control; the capabilities never block} */
    Optional<CallOutcome> capabilityProblem(Telephony telephony, String command, TransferRequest transfer) {
        TelephonyCapabilities capabilities;
        try {
            capabilities = telephony.telephonyCapabilities();
        } catch (RuntimeException e) {
            return Optional.of(new CallOutcome.Unreachable(Problem.PBX_CAPABILITIES_UNKNOWN));
        }
        if (capabilities == null) {
            return Optional.empty();
        }
        if (command.equals("answer") && !capabilities.answer()) {
            return refuse(Problem.CANNOT_ANSWER);
        }
        if ((command.equals("hold") || command.equals("resume")) && !capabilities.hold()) {
            return refuse(Problem.CANNOT_HOLD);
        }
        if (transfer != null && !capabilities.transfers().contains(transfer.mode())) {
            return refuse(Problem.CANNOT_TRANSFER, transfer.mode().name());
        }
        return Optional.empty();
    }

    private static Optional<CallOutcome> ask() {
        return Optional.empty();
    }

    private static Optional<CallOutcome> done() {
        return Optional.of(new CallOutcome.Done());
    }

    private static Optional<CallOutcome> refuse(Problem problem) {
        return Optional.of(new CallOutcome.Refused(problem));
    }

    private static Optional<CallOutcome> refuse(Problem problem, String detail) {
        return Optional.of(new CallOutcome.Refused(problem, detail));
    }

    private static Optional<CallOutcome> ended(DeskCall call) {
        return refuse(Problem.ENDED);
    }
}
