package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.spi.CallEvent;

/** The call runtime on the real engine: every call event is a message of the call's one conversation. */
class CallJournalTest {

    private final EngineFixture fixture = new EngineFixture();
    private final FakePbx pbx = new FakePbx();
    private final CallRuntime runtime = CallRuntime.start(fixture.engine.inbound(), CallLookup.of(fixture.engine),
            CallPresence.NONE, fixture.clock, CallSettings.defaults());

    @AfterEach
    void close() {
        runtime.close();
        fixture.close();
    }

    @Test
    void aCallFromRingingToWrapUp_isOneConversationOfTheCallersCustomer_inTheJournal() throws Exception {
        CompletableFuture<DeskCall> popped = new CompletableFuture<>();
        CompletableFuture<DeskCall> inWrapUp = new CompletableFuture<>();
        runtime.subscribe(call -> {
            if (call.conversationId().isPresent() && call.state() == CallState.RINGING) {
                popped.complete(call);
            } else if (call.state() == CallState.WRAP_UP) {
                inWrapUp.complete(call);
            }
        });
        runtime.addTelephony(pbx);
        pbx.started.get(30, TimeUnit.SECONDS);

        pbx.ring("c1", "070-123 45 67", fixture.clock.instant());
        DeskCall pop = popped.get(30, TimeUnit.SECONDS);
        fixture.clock.advance(Duration.ofSeconds(5));
        pbx.report(new CallEvent.Answered("c1", "2001", fixture.clock.instant()));
        fixture.clock.advance(Duration.ofSeconds(61));
        pbx.report(new CallEvent.Ended("c1", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofSeconds(61),
                Optional.of("rec-9"), fixture.clock.instant()));
        inWrapUp.get(30, TimeUnit.SECONDS);
        fixture.clock.advance(Duration.ofSeconds(20));
        CallOutcome wrapped = runtime.wrapUp("c1", "invoice").get(30, TimeUnit.SECONDS);

        assertInstanceOf(CallOutcome.Done.class, wrapped);
        Conversation conversation = fixture.engine.conversation(pop.conversationId().get()).orElseThrow();
        assertEquals(pop.customerId().get(), conversation.customerId());
        assertEquals(MediaType.VOICE, conversation.mediaType());
        assertEquals("phone.fake", conversation.channelId());
        assertEquals(Optional.of(Address.tel("+46701234567")), pop.caller(), "normalised by identity resolution");
        List<Message> messages = fixture.engine.messages(conversation.id(), PageRequest.first(50)).items();
        assertEquals(List.of("ringing", "answered", "ended", "wrap-up"), messages.stream()
                .sorted(Comparator.comparing(Message::occurredAt))
                .map(m -> m.metadata().get(CallMetadata.EVENT)).toList());
        assertTrue(runtime.calls().isEmpty());
        awaitState(conversation.id(), ConversationState.CLOSED, "the call and its wrap-up are over");
    }

    @Test
    void aCallOfThePbxLogThatWasAnsweredAndEnded_isAClosedConversation_neverWaiting() throws Exception {
        runtime.addTelephony(pbx);
        pbx.started.get(30, TimeUnit.SECONDS);
        var rang = fixture.clock.instant().minus(Duration.ofHours(2));

        pbx.ring("old-1", "070-123 45 67", rang);
        pbx.report(new CallEvent.Answered("old-1", "2002", rang.plusSeconds(12)));
        pbx.report(new CallEvent.Ended("old-1", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofMinutes(3),
                Optional.empty(), rang.plusSeconds(192)));

        ConversationId id = awaitCallConversation();
        awaitState(id, ConversationState.CLOSED, "an answered and ended call is over");
        assertTrue(runtime.calls().isEmpty(), "a call of the log never rings at the desk");
    }

    @Test
    void aLiveCallAnsweredAtThePhone_isActiveWhileItLasts() throws Exception {
        runtime.addTelephony(pbx);
        pbx.started.get(30, TimeUnit.SECONDS);

        pbx.ring("c2", "070-123 45 67", fixture.clock.instant());
        ConversationId id = awaitCallConversation();
        pbx.report(new CallEvent.Answered("c2", "2001", fixture.clock.instant()));
        awaitState(id, ConversationState.ACTIVE, "answered");
        pbx.report(new CallEvent.Held("c2", fixture.clock.instant()));
        awaitState(id, ConversationState.ON_HOLD, "held");
        pbx.report(new CallEvent.Resumed("c2", fixture.clock.instant()));
        awaitState(id, ConversationState.ACTIVE, "resumed");
        pbx.report(new CallEvent.Ended("c2", CallEvent.EndReason.AGENT_HUNG_UP, Duration.ofSeconds(30),
                Optional.empty(), fixture.clock.instant()));
        awaitState(id, ConversationState.WRAP_UP, "the agent's after-call work follows the call");
    }

    @Test
    void aLiveCallThatRangOut_isClosed() throws Exception {
        runtime.addTelephony(pbx);
        pbx.started.get(30, TimeUnit.SECONDS);

        pbx.ring("c3", "070-123 45 67", fixture.clock.instant());
        ConversationId id = awaitCallConversation();
        pbx.report(new CallEvent.Ended("c3", CallEvent.EndReason.ABANDONED, Duration.ZERO, Optional.empty(),
                fixture.clock.instant().plusSeconds(20)));

        awaitState(id, ConversationState.CLOSED, "the caller hung up before an answer");
    }

    @Test
    void aSecondCallAfterTheFirstEnded_waitsFromItsOwnRinging_andTheFirstCallsWrapUpNeverReopens() throws Exception {
        runtime.addTelephony(pbx);
        pbx.started.get(30, TimeUnit.SECONDS);
        pbx.ring("c4", "070-123 45 67", fixture.clock.instant());
        ConversationId id = awaitCallConversation();
        pbx.report(new CallEvent.Answered("c4", "2001", fixture.clock.instant()));
        fixture.clock.advance(Duration.ofMinutes(3));
        pbx.report(new CallEvent.Ended("c4", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofMinutes(3),
                Optional.empty(), fixture.clock.instant()));
        awaitState(id, ConversationState.WRAP_UP, "the desk's agent wraps the first call up");

        fixture.clock.advance(Duration.ofMinutes(1));
        var secondRang = fixture.clock.instant();
        pbx.ring("c5", "070-123 45 67", secondRang);
        awaitState(id, ConversationState.NEW, "the caller is back: a new wait on the same conversation");
        assertEquals(secondRang, fixture.engine.conversation(id).orElseThrow().openedAt(),
                "the wait counts from the second ringing, not from the first call");

        assertInstanceOf(CallOutcome.Done.class, runtime.wrapUp("c4", "invoice").get(30, TimeUnit.SECONDS));
        assertEquals(ConversationState.NEW, fixture.engine.conversation(id).orElseThrow().state(),
                "the first call's wrap-up code does not close the second call's wait");
    }

    private ConversationId awaitCallConversation() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            for (InboxQuery.View view : List.of(InboxQuery.View.OPEN, InboxQuery.View.CLOSED)) {
                var calls = fixture.engine.inbox(InboxQuery.of(view), PageRequest.first(10)).items().stream()
                        .filter(c -> c.mediaType() == MediaType.VOICE).toList();
                if (!calls.isEmpty()) {
                    return calls.get(0).id();
                }
            }
            Thread.sleep(5); // a polling interval; the wait itself has a deadline
        }
        throw new AssertionError("the call's conversation was not stored");
    }

    private void awaitState(ConversationId id, ConversationState wanted, String why) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ConversationState state = null;
        while (System.nanoTime() < end) {
            state = fixture.engine.conversation(id).orElseThrow().state();
            if (state == wanted) {
                return;
            }
            Thread.sleep(5); // a polling interval; the wait itself has a deadline
        }
        assertEquals(wanted, state, why);
    }
}
