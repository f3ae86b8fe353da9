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
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.Conversation;
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
    private final CallRuntime runtime = CallRuntime.start(fixture.engine, CallLookup.of(fixture.engine),
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
                .map(m -> m.metadata().get(CallEventMessages.EVENT)).toList());
        assertTrue(runtime.calls().isEmpty());
    }
}
