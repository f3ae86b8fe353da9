package org.samklang.sandbox.internal.pbx;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.samklang.core.api.model.TransferMode;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEvent;
import org.samklang.sandbox.internal.Dice;

/**
 * The desk's phone as the sandbox PBX sees it: the calls at it and the call-control state machine. Every method
 * returns the events it caused in {@code events}; the PBX delivers them after releasing its lock.
 * Not thread-safe; the PBX's lock guards it.
 */
final class DeskPhone {

    private static final String GONE = "There is no call %s at this desk any more";

    private final long seed;
    private final String extension;
    private final Predicate<String> knownTarget;
    private final Map<String, DeskCall> calls = new LinkedHashMap<>();

    DeskPhone(long seed, String extension, Predicate<String> knownTarget) {
        this.seed = seed;
        this.extension = extension;
        this.knownTarget = knownTarget;
    }

    String extension() {
        return extension;
    }

    /** {@return true while a call is answered (connected, held or in consultation)} */
    boolean busy() {
        return calls.values().stream().anyMatch(call -> call.state != DeskCall.State.RINGING);
    }

    boolean ring(CallEvent.Ringing ringing) {
        if (calls.containsKey(ringing.callId())) {
            return false;
        }
        Dice dice = new Dice(seed, "desk-call:" + ringing.callId());
        calls.put(ringing.callId(), new DeskCall(ringing.callId(), ringing.caller(), ringing.at(),
                Duration.ofSeconds(dice.between(25, 120)), Duration.ofSeconds(dice.between(60, 420)),
                Duration.ofSeconds(dice.between(90, 240))));
        return true;
    }

    /**
     * A call that rang before the desk was watching (the sandbox's backlog): its whole life, as the PBX's call log
     * would report it, is added to {@code events} with its own times, all before {@code now}. Most were answered at
     * the desk and ended by the caller; some callers gave up while it rang. The desk does not keep it.
     */
    void pastCall(CallEvent.Ringing ringing, Instant now, List<CallEvent> events) {
        Dice dice = new Dice(seed, "past-call:" + ringing.callId());
        Instant latest = now.minusSeconds(1);
        events.add(ringing);
        Instant answeredAt = ringing.at().plusSeconds(dice.between(4, 25));
        if (dice.chance(0.2) || !answeredAt.isBefore(latest)) {
            Instant gaveUp = min(ringing.at().plusSeconds(dice.between(10, 60)), latest);
            events.add(new CallEvent.Ended(ringing.callId(), CallEvent.EndReason.ABANDONED, Duration.ZERO,
                    Optional.empty(), gaveUp));
            return;
        }
        events.add(new CallEvent.Answered(ringing.callId(), extension, answeredAt));
        Instant endedAt = min(answeredAt.plusSeconds(dice.between(60, 420)), latest);
        events.add(new CallEvent.Ended(ringing.callId(), dice.chance(0.7)
                ? CallEvent.EndReason.CALLER_HUNG_UP
                : CallEvent.EndReason.AGENT_HUNG_UP, Duration.between(answeredAt, endedAt),
                Optional.of("sandbox-recording:" + ringing.callId()), endedAt));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    CallControlResult answer(String callId, Instant now, List<CallEvent> events) {
        DeskCall call = calls.get(callId);
        if (call == null) {
            return CallControlResult.refused(String.format(GONE, callId));
        }
        if (call.state != DeskCall.State.RINGING) {
            return CallControlResult.accepted();
        }
        call.state = DeskCall.State.CONNECTED;
        call.answeredAt = now;
        events.add(new CallEvent.Answered(callId, extension, now));
        return CallControlResult.accepted();
    }

    CallControlResult hold(String callId, Instant now, List<CallEvent> events) {
        DeskCall call = calls.get(callId);
        if (call == null || call.state == DeskCall.State.RINGING) {
            return refusedFor(callId, call, "put on hold");
        }
        if (call.state == DeskCall.State.CONNECTED) {
            call.state = DeskCall.State.HELD;
            call.heldSince = now;
            events.add(new CallEvent.Held(callId, now));
        }
        return CallControlResult.accepted();
    }

    CallControlResult resume(String callId, Instant now, List<CallEvent> events) {
        DeskCall call = calls.get(callId);
        if (call == null || call.state == DeskCall.State.RINGING || call.state == DeskCall.State.CONSULTING) {
            return refusedFor(callId, call, "taken off hold");
        }
        if (call.state == DeskCall.State.HELD) {
            takeBack(call, now, events);
        }
        return CallControlResult.accepted();
    }

    CallControlResult transfer(String callId, TransferMode kind, String target, Instant now,
            List<CallEvent> events) {
        DeskCall call = calls.get(callId);
        Optional<String> problem = transferProblem(call, callId, kind, target);
        if (problem.isPresent()) {
            return CallControlResult.refused(problem.get());
        }
        if (kind != TransferMode.CONSULTATIVE) {
            calls.remove(callId);
            events.add(new CallEvent.Transferred(callId, kind, target, now));
            return CallControlResult.accepted();
        }
        if (call.state == DeskCall.State.CONNECTED) {
            call.heldSince = now;
            events.add(new CallEvent.Held(callId, now));
        }
        call.state = DeskCall.State.CONSULTING;
        call.consultTarget = target;
        return CallControlResult.accepted();
    }

    CallControlResult completeTransfer(String callId, Instant now, List<CallEvent> events) {
        DeskCall call = calls.get(callId);
        if (call == null || call.state != DeskCall.State.CONSULTING) {
            return CallControlResult.refused("No consultation is in progress for call " + callId);
        }
        calls.remove(callId);
        events.add(new CallEvent.Transferred(callId, TransferMode.CONSULTATIVE, call.consultTarget, now));
        return CallControlResult.accepted();
    }

    CallControlResult cancelTransfer(String callId, Instant now, List<CallEvent> events) {
        DeskCall call = calls.get(callId);
        if (call == null || call.state != DeskCall.State.CONSULTING) {
            return CallControlResult.refused("No consultation is in progress for call " + callId);
        }
        takeBack(call, now, events);
        return CallControlResult.accepted();
    }

    CallControlResult hangUp(String callId, Instant now, List<CallEvent> events) {
        DeskCall call = calls.remove(callId);
        if (call == null) {
            return CallControlResult.refused(String.format(GONE, callId));
        }
        events.add(ended(call, CallEvent.EndReason.AGENT_HUNG_UP, now));
        return CallControlResult.accepted();
    }

    /** Cuts every call at this desk: the desk's link to the PBX went away (its instance was removed). */
    void disconnectAll(Instant now, List<CallEvent> events) {
        List<DeskCall> cut = List.copyOf(calls.values());
        calls.clear();
        cut.forEach(call -> events.add(ended(call, CallEvent.EndReason.FAILED, now)));
    }

    /** Lets callers give up or hang up by {@code now}. */
    void callersAct(Instant now, List<CallEvent> events) {
        List<DeskCall> leaving = new ArrayList<>();
        calls.values().stream().filter(call -> call.callerLeavesBy(now)).forEach(leaving::add);
        for (DeskCall call : leaving) {
            calls.remove(call.callId);
            events.add(ended(call, call.state == DeskCall.State.RINGING
                    ? CallEvent.EndReason.ABANDONED
                    : CallEvent.EndReason.CALLER_HUNG_UP, now));
        }
    }

    private static void takeBack(DeskCall call, Instant now, List<CallEvent> events) {
        call.state = DeskCall.State.CONNECTED;
        call.consultTarget = null;
        call.heldSince = null;
        events.add(new CallEvent.Resumed(call.callId, now));
    }

    private Optional<String> transferProblem(DeskCall call, String callId, TransferMode kind, String target) {
        if (call == null) {
            return Optional.of(String.format(GONE, callId));
        }
        if (call.state == DeskCall.State.CONSULTING) {
            return Optional.of("Call " + callId + " is already in a consultation; complete or cancel it first");
        }
        if (kind == TransferMode.CONSULTATIVE && call.state == DeskCall.State.RINGING) {
            return Optional.of("Answer call " + callId + " before a consultative transfer");
        }
        if (target == null || target.isBlank()) {
            return Optional.of("No transfer target given");
        }
        boolean e164 = target.matches("\\+[1-9][0-9]{6,14}");
        if (kind == TransferMode.MOBILE ? !e164 : !(e164 || knownTarget.test(target))) {
            return Optional.of(kind == TransferMode.MOBILE
                    ? "'" + target + "' is not a number such as +46701234567"
                    : "There is no extension '" + target + "'");
        }
        return Optional.empty();
    }

    private static CallControlResult refusedFor(String callId, DeskCall call, String what) {
        return CallControlResult.refused(call == null
                ? String.format(GONE, callId)
                : "Call " + callId + " cannot be " + what + " while " + call.state.name().toLowerCase(Locale.ROOT));
    }

    private static CallEvent.Ended ended(DeskCall call, CallEvent.EndReason reason, Instant now) {
        Duration talked = call.talkedUntil(now);
        Optional<String> recording = talked.isZero()
                ? Optional.empty()
                : Optional.of("sandbox-recording:" + call.callId);
        return new CallEvent.Ended(call.callId, reason, talked, recording, now);
    }
}
