package org.samklang.core.internal.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.CallEventListener;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.RawAddress;
import org.samklang.core.spi.Telephony;
import org.samklang.core.spi.TelephonyCapabilities;

/**
 * A telephony connector the test scripts: it records the commands it got and answers them as told (accept,
 * refuse, fail, throw, never), and the test makes it report call events.
 */
final class FakePbx implements Telephony {

    enum Answer {
        ACCEPT, REFUSE, FAIL, THROW, NEVER, NULL
    }

    final List<String> commands = new ArrayList<>();
    Answer answer = Answer.ACCEPT;
    TelephonyCapabilities capabilities = new TelephonyCapabilities(true, true, Set.of(TransferMode.values()), true);
    CallEventListener listener;
    final CompletableFuture<Void> started = new CompletableFuture<>();
    int stops;

    void ring(String callId, String number, Instant at) {
        listener.callEvent(new CallEvent.Ringing(callId, RawAddress.of(Address.Scheme.TEL, number), "queue:x", at));
    }

    void report(CallEvent event) {
        listener.callEvent(event);
    }

    @Override
    public String id() {
        return "telephony.fake";
    }

    @Override
    public String displayName() {
        return "Fake PBX";
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.TELEPHONY;
    }

    @Override
    public ConnectorHealth health() {
        return ConnectorHealth.online(Instant.EPOCH);
    }

    @Override
    public TelephonyCapabilities telephonyCapabilities() {
        return capabilities;
    }

    @Override
    public void startCallEvents(CallEventListener newListener) {
        listener = newListener;
        started.complete(null);
    }

    @Override
    public void stopCallEvents() {
        stops++;
        listener = null;
    }

    @Override
    public CompletableFuture<CallControlResult> answer(String callId) {
        return command("answer " + callId);
    }

    @Override
    public CompletableFuture<CallControlResult> hold(String callId) {
        return command("hold " + callId);
    }

    @Override
    public CompletableFuture<CallControlResult> resume(String callId) {
        return command("resume " + callId);
    }

    @Override
    public CompletableFuture<CallControlResult> transfer(String callId, TransferMode kind, String target) {
        return command("transfer " + callId + " " + kind + " " + target);
    }

    @Override
    public CompletableFuture<CallControlResult> completeTransfer(String callId) {
        return command("completeTransfer " + callId);
    }

    @Override
    public CompletableFuture<CallControlResult> cancelTransfer(String callId) {
        return command("cancelTransfer " + callId);
    }

    @Override
    public CompletableFuture<CallControlResult> hangUp(String callId) {
        return command("hangUp " + callId);
    }

    private CompletableFuture<CallControlResult> command(String what) {
        commands.add(what);
        return switch (answer) {
            case ACCEPT -> CompletableFuture.completedFuture(CallControlResult.accepted());
            case REFUSE -> CompletableFuture.completedFuture(CallControlResult.refused("The PBX says no"));
            case FAIL -> CompletableFuture.failedFuture(new ConnectorFailure("PBX down", true));
            case THROW -> throw new IllegalStateException("PBX bug");
            case NEVER -> new CompletableFuture<>();
            case NULL -> null;
        };
    }
}
