package org.samklang.ui.internal.reception.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.samklang.core.api.CallService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.api.model.WrapUpCode;

/** A desk phone whose calls the test sets and whose commands complete when the test says. */
public final class FakeCalls implements CallService {

    /** One command sent to the phone, with the future the test completes. */
    public record Command(String name, String callId, TransferRequest request, CompletableFuture<CallOutcome> future) {
    }

    public final List<DeskCall> calls = new CopyOnWriteArrayList<>();
    public final List<Command> commands = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    public boolean available = true;
    /** When set, commands complete at once with this outcome; a Done also moves the call like a PBX would. */
    public CallOutcome autoAnswer;
    /** When the fake's calls started ringing. */
    public Instant ringingAt = Instant.parse("2025-11-14T09:00:00Z");

    public static DeskCall call(String id, CallState state, String caller) {
        return call(id, state, caller, Instant.parse("2025-11-14T09:00:00Z"));
    }

    public static DeskCall call(String id, CallState state, String caller, Instant ringing) {
        return new DeskCall(id, state, Optional.ofNullable(caller).map(Address::tel), "+4687000000",
                Optional.empty(), Optional.empty(), ringing, Optional.of(ringing.plusSeconds(5)),
                state == CallState.CONSULTING ? Optional.of("1234") : Optional.empty());
    }

    public void publish(DeskCall call) {
        calls.removeIf(c -> c.callId().equals(call.callId()));
        calls.add(call);
        listeners.forEach(listener -> listener.callChanged(call));
    }

    public Command last() {
        return commands.get(commands.size() - 1);
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public List<DeskCall> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Optional<DeskCall> call(String callId) {
        return calls.stream().filter(c -> c.callId().equals(callId)).findFirst();
    }

    @Override
    public List<WrapUpCode> wrapUpCodes() {
        return List.of();
    }

    @Override
    public CompletableFuture<CallOutcome> answer(String callId) {
        return command("answer", callId, null);
    }

    @Override
    public CompletableFuture<CallOutcome> hold(String callId) {
        return command("hold", callId, null);
    }

    @Override
    public CompletableFuture<CallOutcome> resume(String callId) {
        return command("resume", callId, null);
    }

    @Override
    public CompletableFuture<CallOutcome> transfer(String callId, TransferRequest request) {
        return command("transfer", callId, request);
    }

    @Override
    public CompletableFuture<CallOutcome> completeTransfer(String callId) {
        return command("complete", callId, null);
    }

    @Override
    public CompletableFuture<CallOutcome> cancelTransfer(String callId) {
        return command("cancel", callId, null);
    }

    @Override
    public CompletableFuture<CallOutcome> hangUp(String callId) {
        return command("hangUp", callId, null);
    }

    @Override
    public CompletableFuture<CallOutcome> wrapUp(String callId, String wrapUpCode) {
        return command("wrapUp", callId, null);
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private synchronized CompletableFuture<CallOutcome> command(String name, String callId, TransferRequest request) {
        CompletableFuture<CallOutcome> future = new CompletableFuture<>();
        commands.add(new Command(name, callId, request, future));
        if (autoAnswer != null) {
            if (autoAnswer instanceof CallOutcome.Done) {
                simulate(name, callId, request);
            }
            future.complete(autoAnswer);
        }
        return future;
    }

    private void simulate(String name, String callId, TransferRequest request) {
        Optional<DeskCall> call = call(callId);
        if (call.isEmpty()) {
            return;
        }
        DeskCall current = call.get();
        switch (name) {
            case "transfer" -> {
                if (request.mode() == org.samklang.core.api.model.TransferMode.CONSULTATIVE) {
                    publish(new DeskCall(callId, CallState.CONSULTING, current.caller(), current.calledNumber(),
                            current.conversationId(), current.customerId(), current.ringingSince(),
                            current.answeredAt(), Optional.of(request.target())));
                } else {
                    leave(current);
                }
            }
            case "complete" -> leave(current);
            case "cancel" -> publish(new DeskCall(callId, CallState.CONNECTED, current.caller(),
                    current.calledNumber(), current.conversationId(), current.customerId(), current.ringingSince(),
                    current.answeredAt(), Optional.empty()));
            default -> {
            }
        }
    }

    private void leave(DeskCall call) {
        calls.removeIf(c -> c.callId().equals(call.callId()));
        DeskCall ended = call.withState(CallState.ENDED);
        listeners.forEach(listener -> listener.callChanged(ended));
    }
}
