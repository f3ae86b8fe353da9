package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.TelephonyCapabilities;

/** A PBX that is slow, refuses, fails or misbehaves, and commands for calls that are not there. */
class CallFailureTest {

    private final CallDesk desk = new CallDesk();

    @Test
    void givenAPbxThatNeverAnswers_thenTheCommandIsUnreachableWhenTheTimeoutPasses() {
        desk.ring("c1");
        desk.pbx.answer = FakePbx.Answer.NEVER;

        CompletableFuture<CallOutcome> answer = desk.runtime.answer("c1");
        desk.settle();
        boolean doneBeforeTimeout = answer.isDone();
        desk.deadlines.expireAll();

        assertFalse(doneBeforeTimeout);
        assertEquals(CallSettings.defaults().commandTimeout(), desk.deadlines.lastDelay);
        CallOutcome outcome = desk.outcome(answer);
        assertInstanceOf(CallOutcome.Unreachable.class, outcome);
        assertEquals(new CallOutcome.Unreachable(CallOutcome.Problem.PBX_TIMEOUT, "4"), outcome);
        assertEquals(CallState.RINGING, desk.call("c1").state(), "nothing happened at the PBX");
    }

    @Test
    void givenAPbxThatThrowsFailsOrReturnsNothing_thenTheAgentHearsItIsUnreachable() {
        desk.connected("c1");

        for (FakePbx.Answer broken : List.of(FakePbx.Answer.THROW, FakePbx.Answer.FAIL, FakePbx.Answer.NULL)) {
            desk.pbx.answer = broken;
            CallOutcome outcome = desk.outcome(desk.runtime.hold("c1"));
            assertInstanceOf(CallOutcome.Unreachable.class, outcome, broken.name());
        }
        assertEquals(CallState.CONNECTED, desk.call("c1").state());
    }

    @Test
    void givenThePbxRefuses_thenItsReasonReachesTheAgent() {
        desk.connected("c1");
        desk.pbx.answer = FakePbx.Answer.REFUSE;

        CallOutcome outcome = desk.outcome(desk.runtime.transfer("c1",
                TransferRequest.toPerson(TransferMode.BLIND, "9999", "p-x")));

        assertEquals(new CallOutcome.Refused(CallOutcome.Problem.PBX_REFUSED, "The PBX says no"), outcome);
    }

    @Test
    void commandsForUnknownBlankOrNullCalls_areRefusedWithoutAskingThePbx() {
        assertInstanceOf(CallOutcome.Refused.class, desk.outcome(desk.runtime.answer("nope")));
        assertInstanceOf(CallOutcome.Refused.class, desk.outcome(desk.runtime.hangUp(" ")));
        assertInstanceOf(CallOutcome.Refused.class, desk.outcome(desk.runtime.hold(null)));
        assertInstanceOf(CallOutcome.Refused.class, desk.outcome(desk.runtime.wrapUp(null, "other")));
        assertInstanceOf(CallOutcome.Refused.class, desk.outcome(desk.runtime.transfer("nope", null)));
        assertTrue(desk.pbx.commands.isEmpty());
    }

    @Test
    void controlsThePbxDoesNotOffer_areRefusedAtTheDesk() {
        desk.connected("c1");
        desk.pbx.capabilities = new TelephonyCapabilities(false, false, Set.of(TransferMode.BLIND), false);

        CallOutcome hold = desk.outcome(desk.runtime.hold("c1"));
        CallOutcome mobile = desk.outcome(desk.runtime.transfer("c1",
                new TransferRequest(TransferMode.MOBILE, "+46709876543", Optional.empty())));

        assertInstanceOf(CallOutcome.Refused.class, hold);
        assertInstanceOf(CallOutcome.Refused.class, mobile);
        assertTrue(desk.pbx.commands.isEmpty());
    }

    @Test
    void aConsultativeTransferOfARingingCall_isRefused_butABlindOneDeflectsIt() {
        desk.ring("c1");

        CallOutcome consult = desk.outcome(desk.runtime.transfer("c1",
                new TransferRequest(TransferMode.CONSULTATIVE, "2002", Optional.empty())));
        CallOutcome deflect = desk.outcome(desk.runtime.transfer("c1",
                new TransferRequest(TransferMode.BLIND, "2002", Optional.empty())));

        assertInstanceOf(CallOutcome.Refused.class, consult);
        assertInstanceOf(CallOutcome.Done.class, deflect);
        assertEquals(List.of("transfer c1 BLIND 2002"), desk.pbx.commands);
    }

    @Test
    void givenTheStoreFailsOnWrapUp_thenTheCallStaysInWrapUpAndCanBeWrappedUpLater() {
        desk.connected("c1");
        desk.pbx.report(new CallEvent.Ended("c1", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofSeconds(30),
                Optional.empty(), desk.clock.instant()));
        desk.settle();
        desk.sink.failing = true;

        CallOutcome failed = desk.outcome(desk.runtime.wrapUp("c1", "other"));
        desk.sink.failing = false;
        CallOutcome retried = desk.outcome(desk.runtime.wrapUp("c1", "other"));

        assertInstanceOf(CallOutcome.Unreachable.class, failed);
        assertInstanceOf(CallOutcome.Done.class, retried);
        assertTrue(desk.runtime.calls().isEmpty());
    }

    @Test
    void givenTheStoreCannotWriteWhileCallsHappen_thenTheirEventsAreKeptAndFiledInOrderOnceItCan() {
        desk.sink.failing = true;
        desk.ring("c1");
        desk.pbx.report(new CallEvent.Answered("c1", "2001", desk.clock.instant()));
        desk.settle();
        desk.deadlines.expireAll();
        desk.settle();

        assertEquals(List.of(), desk.sink.events(), "nothing could be filed yet");
        assertEquals("c1", desk.call("c1").callId(), "the call itself goes on at the desk");

        desk.sink.failing = false;
        desk.deadlines.expireAll();
        desk.settle();

        assertEquals(List.of("ringing", "answered"), desk.sink.events());
    }

    @Test
    void givenTheConnectorLeaves_thenItsLiveCallsLeaveButWrapUpsStay() {
        desk.connected("c1");
        desk.connected("c2");
        desk.pbx.report(new CallEvent.Ended("c2", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofSeconds(30),
                Optional.empty(), desk.clock.instant()));
        desk.settle();

        desk.runtime.removeTelephony(desk.pbx);
        desk.settle();

        assertEquals(List.of("c2"), desk.runtime.calls().stream().map(c -> c.callId()).toList());
        assertFalse(desk.runtime.available());
        assertEquals(1, desk.pbx.stops);
        assertInstanceOf(CallOutcome.Done.class, desk.outcome(desk.runtime.wrapUp("c2", "complaint")));
    }
}
