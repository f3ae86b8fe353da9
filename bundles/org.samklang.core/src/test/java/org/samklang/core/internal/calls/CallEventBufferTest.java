package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.RawAddress;

/**
 * The core subscribes to a PBX as soon as it is bound and keeps what it reports until the desk listens, so a call
 * that rang while the desk was starting is not lost, and no plugin has to keep events of its own for a late listener.
 */
class CallEventBufferTest {

    private static final Instant T0 = Instant.parse("2026-11-12T09:00:00Z");

    @Test
    void givenAPbxThatReportsBeforeTheDeskListens_whenTheDeskListens_thenEveryEarlyEventIsFiledInOrder() {
        CallDesk desk = new CallDesk();
        FakePbx early = new FakePbx();
        CallEventBuffer subscription = CallEventBuffer.subscribe(early);
        assertNotNull(early.listener, "subscribed at once, before the desk listens");

        early.ring("c1", CallDesk.CALLER, desk.clock.instant());
        early.report(new CallEvent.Answered("c1", "2001", desk.clock.instant()));
        desk.settle();
        assertEquals(2, subscription.waiting());

        desk.runtime.addTelephony(early, subscription);
        desk.settle();
        early.report(new CallEvent.Held("c1", desk.clock.instant()));
        desk.settle();

        assertEquals(List.of("ringing", "answered", "held"), desk.sink.events());
        assertEquals(0, subscription.waiting());
    }

    @Test
    void givenMoreEventsThanItKeeps_whenTheDeskListens_thenTheNewestArriveAndTheOldestWereDropped() {
        CallEventBuffer buffer = new CallEventBuffer("telephony.test", 3);
        for (int i = 1; i <= 5; i++) {
            buffer.callEvent(ringing("c" + i));
        }
        List<CallEvent> filed = new ArrayList<>();

        buffer.attach(filed::add);
        buffer.callEvent(ringing("c6"));

        assertEquals(List.of("c3", "c4", "c5", "c6"), filed.stream().map(CallEvent::callId).toList());
    }

    @Test
    void givenAConnectorThatLeft_whenItStillReports_thenNothingIsKeptOrForwarded() {
        CallEventBuffer buffer = new CallEventBuffer("telephony.test", 10);
        List<CallEvent> filed = new ArrayList<>();
        buffer.attach(filed::add);
        buffer.callEvent(ringing("c1"));

        buffer.close();
        buffer.callEvent(ringing("c2"));

        assertEquals(List.of("c1"), filed.stream().map(CallEvent::callId).toList());
        assertEquals(0, buffer.waiting());
    }

    @Test
    void givenANullEvent_whenReported_thenItIsIgnoredAndTheRestKeepTheirOrder() {
        CallEventBuffer buffer = new CallEventBuffer("telephony.test", 10);
        buffer.callEvent(ringing("c1"));
        buffer.callEvent(null);
        buffer.callEvent(new CallEvent.Ended("c1", CallEvent.EndReason.ABANDONED, Duration.ZERO, Optional.empty(),
                T0));
        List<CallEvent> filed = new ArrayList<>();

        buffer.attach(filed::add);

        assertEquals(2, filed.size());
    }

    private static CallEvent ringing(String callId) {
        return new CallEvent.Ringing(callId, RawAddress.of(Address.Scheme.TEL, CallDesk.CALLER), "queue:x", T0);
    }
}
