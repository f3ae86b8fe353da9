package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.WrapUpCode;
import org.samklang.core.spi.CallEvent;

/** Events a PBX should not send: the desk files what it can, keeps its state sane and keeps running. */
class HostileCallEventsTest {

    private final CallDesk desk = new CallDesk();

    @Test
    void aNullEvent_isIgnored_andTheNextEventStillWorks() {
        desk.pbx.report(null);
        desk.settle();

        assertEquals(CallState.RINGING, desk.ring("c1").state());
        assertEquals(List.of("ringing"), desk.sink.events());
    }

    @Test
    void eventsOfAnUnknownCall_areFiledForTheTimeline_butNoCallAppearsAtTheDesk() {
        desk.pbx.report(new CallEvent.Answered("ghost", "2001", desk.clock.instant()));
        desk.pbx.report(new CallEvent.Held("ghost", desk.clock.instant()));
        desk.settle();

        assertTrue(desk.runtime.calls().isEmpty());
        assertEquals(List.of("answered", "held"), desk.sink.events());
        assertEquals("", desk.sink.last().from().text(), "a call never seen ringing is from a withheld number");
    }

    @Test
    void anEndBeforeItsAnswer_withTalkTime_isNormalisedToWrapUp_andTheLateAnswerChangesNothing() {
        desk.ring("c1");

        desk.pbx.report(new CallEvent.Ended("c1", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofSeconds(40),
                Optional.empty(), desk.clock.instant()));
        desk.pbx.report(new CallEvent.Answered("c1", "2001", desk.clock.instant().minusSeconds(40)));
        desk.settle();

        assertEquals(CallState.WRAP_UP, desk.call("c1").state());
        assertEquals(Optional.of(desk.clock.instant().minusSeconds(40)), desk.call("c1").answeredAt());
    }

    @Test
    void duplicateEvents_changeTheCallOnce() {
        desk.ring("c1");
        desk.pbx.ring("c1", CallDesk.CALLER, desk.clock.instant());
        CallEvent.Answered answered = new CallEvent.Answered("c1", "2001", desk.clock.instant());
        desk.pbx.report(answered);
        desk.pbx.report(answered);
        desk.settle();

        assertEquals(1, desk.runtime.calls().size());
        assertEquals(CallState.CONNECTED, desk.call("c1").state());
        assertEquals(List.of("ringing", "answered"), desk.sink.events(), "the store keeps each event once");
    }

    @Test
    void eventsThatDoNotFitTheState_leaveItAlone() {
        desk.ring("c1");

        desk.pbx.report(new CallEvent.Held("c1", desk.clock.instant()));
        desk.pbx.report(new CallEvent.Resumed("c1", desk.clock.instant()));
        desk.settle();

        assertEquals(CallState.RINGING, desk.call("c1").state());
    }

    @Test
    void aRingingEventOlderThanTheLiveWindow_isHistory_filedButNeverRungAtTheDesk() {
        desk.pbx.ring("old", CallDesk.CALLER, desk.clock.instant().minus(Duration.ofHours(2)));
        desk.pbx.report(new CallEvent.Answered("old", "2001", desk.clock.instant().minus(Duration.ofHours(2))));
        desk.pbx.report(new CallEvent.Ended("old", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofSeconds(60),
                Optional.empty(), desk.clock.instant().minus(Duration.ofMinutes(119))));
        desk.settle();

        assertTrue(desk.runtime.calls().isEmpty());
        assertTrue(desk.changes.isEmpty(), "no screen pop for history");
        assertEquals(List.of("ringing", "answered", "ended"), desk.sink.events());
        assertEquals(0, desk.wrapUpsStarted);
    }

    @Test
    void aRingingTimeFarAhead_isReplacedByTheDesksClock() {
        desk.pbx.ring("c1", CallDesk.CALLER, desk.clock.instant().plus(Duration.ofDays(3)));
        desk.settle();

        assertEquals(desk.clock.instant(), desk.call("c1").ringingSince());
    }

    @Test
    void aFloodOfRingingCalls_isCappedAtTheDesk_andStillFiled() {
        CallDesk small = new CallDesk(new CallSettings(Duration.ofMinutes(1), Duration.ofSeconds(4), 3,
                WrapUpCodes.defaults()));
        for (int i = 0; i < 5; i++) {
            small.pbx.ring("c" + i, CallDesk.CALLER, small.clock.instant());
        }
        small.settle();

        assertEquals(3, small.runtime.calls().size());
        assertEquals(5, small.sink.stored.size());
    }

    @Test
    void eventsAfterTheConnectorLeft_areIgnored() {
        var listener = desk.pbx.listener;
        desk.runtime.removeTelephony(desk.pbx);
        listener.callEvent(new CallEvent.Transferred("c9", TransferMode.BLIND, "2002", desk.clock.instant()));
        desk.settle();

        assertTrue(desk.sink.stored.isEmpty());
    }

    @Test
    void aListenerThatThrows_doesNotStopTheOthers() {
        desk.runtime.subscribe(call -> {
            throw new IllegalStateException("broken listener");
        });

        desk.ring("c1");

        assertEquals(2, desk.changes.size());
    }

    @Test
    void nonsenseSettings_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CallSettings(Duration.ZERO, Duration.ofSeconds(4), 3,
                WrapUpCodes.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new CallSettings(Duration.ofMinutes(1),
                Duration.ofSeconds(4), 3, List.of(new WrapUpCode("a", "A"), new WrapUpCode("a", "B"))));
    }
}
