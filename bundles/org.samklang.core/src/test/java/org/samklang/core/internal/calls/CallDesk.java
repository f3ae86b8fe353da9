package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.conversation.TestClock;

/** A call runtime on hand-driven threads with a fake PBX, store and presence: the scene of the call tests. */
final class CallDesk {

    static final String CALLER = "+46701234567";

    final TestClock clock = TestClock.startingAt("2026-11-12T09:00:00Z");
    final FakeSink sink = new FakeSink();
    final ManualExecutor callsThread = new ManualExecutor();
    final ManualExecutor workers = new ManualExecutor();
    final ManualDeadlines deadlines = new ManualDeadlines();
    final FakePbx pbx = new FakePbx();
    final List<DeskCall> changes = new CopyOnWriteArrayList<>();
    int wrapUpsStarted;
    int wrapUpsEnded;
    final CallRuntime runtime;

    CallDesk() {
        this(CallSettings.defaults());
    }

    CallDesk(CallSettings settings) {
        CallLookup lookup = new CallLookup() {

            @Override
            public Optional<CustomerId> customerOf(ConversationId conversation) {
                return Optional.of(customerOfConversation(conversation));
            }

            @Override
            public Optional<Address> senderOf(MessageId message) {
                return Optional.of(Address.tel(CALLER));
            }
        };
        CallPresence presence = new CallPresence() {

            @Override
            public void wrapUpStarted() {
                wrapUpsStarted++;
            }

            @Override
            public void wrapUpEnded() {
                wrapUpsEnded++;
            }
        };
        runtime = new CallRuntime(sink, lookup, presence, clock, settings, callsThread, workers, deadlines, () -> {
        });
        runtime.addTelephony(pbx);
        settle();
        runtime.subscribe(changes::add);
    }

    static CustomerId customerOfConversation(ConversationId conversation) {
        return new CustomerId(conversation.value() + 1_000);
    }

    /** Runs every queued task on both threads until nothing is left. */
    void settle() {
        while (callsThread.runAll() + workers.runAll() > 0) {
            // Keep going: a task on one thread may queue work on the other.
        }
    }

    /** A call rings now and the desk takes it in. */
    DeskCall ring(String callId) {
        pbx.ring(callId, CALLER, clock.instant());
        settle();
        return call(callId);
    }

    /** A call rings and is answered at the desk. */
    DeskCall connected(String callId) {
        ring(callId);
        pbx.report(new org.samklang.core.spi.CallEvent.Answered(callId, "2001", clock.instant()));
        settle();
        return call(callId);
    }

    DeskCall call(String callId) {
        return runtime.call(callId).orElseThrow(() -> new AssertionError("no call " + callId + " at the desk"));
    }

    <T> T outcome(CompletableFuture<T> future) {
        settle();
        assertTrue(future.isDone(), "the command should have an answer by now");
        return future.join();
    }

    void later(Duration step) {
        clock.advance(step);
    }
}
