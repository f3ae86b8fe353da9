package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;

/** The desk's phone from ringing to wrap-up, with a scripted PBX. */
class CallRuntimeTest {

    private final CallDesk desk = new CallDesk();

    @Test
    void givenACallRings_thenItIsFiledAndTheDeskCallCarriesItsConversationAndCustomer() {
        DeskCall ringing = desk.ring("c1");

        assertEquals(CallState.RINGING, ringing.state());
        assertTrue(ringing.conversationId().isPresent(), "the screen pop needs the conversation");
        assertEquals(CallDesk.customerOfConversation(ringing.conversationId().get()), ringing.customerId().get());
        assertEquals(Optional.of(Address.tel(CallDesk.CALLER)), ringing.caller());
        assertEquals(desk.clock.instant(), ringing.ringingSince());
        assertEquals(List.of("ringing"), desk.sink.events());
        InboundMessage filed = desk.sink.last();
        assertEquals("phone.fake", filed.channelId());
        assertEquals("c1", filed.remoteId());
        assertEquals(2, desk.changes.size(), "first the ring, then the ring with its ids (the pop)");
        assertTrue(desk.changes.get(0).conversationId().isEmpty());
    }

    @Test
    void givenARingingCall_whenTheAgentAnswers_thenThePbxIsAskedAndTheAnsweredEventConnectsIt() {
        desk.ring("c1");

        CallOutcome outcome = desk.outcome(desk.runtime.answer("c1"));
        desk.pbx.report(new CallEvent.Answered("c1", "2001", desk.clock.instant()));
        desk.settle();

        assertInstanceOf(CallOutcome.Done.class, outcome);
        assertEquals(List.of("answer c1"), desk.pbx.commands);
        assertEquals(CallState.CONNECTED, desk.call("c1").state());
        assertEquals(Optional.of(desk.clock.instant()), desk.call("c1").answeredAt());
        assertEquals(List.of("ringing", "answered"), desk.sink.events());
        assertEquals(List.of("c1"), desk.sink.last().threadKeys(), "later events join the call's conversation");
    }

    @Test
    void givenAConnectedCall_holdAndResumeMoveIt_andAskingAgainIsDoneWithoutThePbx() {
        desk.connected("c1");

        desk.outcome(desk.runtime.hold("c1"));
        desk.pbx.report(new CallEvent.Held("c1", desk.clock.instant()));
        desk.settle();
        CallOutcome again = desk.outcome(desk.runtime.hold("c1"));
        CallState held = desk.call("c1").state();
        desk.outcome(desk.runtime.resume("c1"));
        desk.pbx.report(new CallEvent.Resumed("c1", desk.clock.instant()));
        desk.settle();

        assertEquals(CallState.ON_HOLD, held);
        assertInstanceOf(CallOutcome.Done.class, again);
        assertEquals(List.of("hold c1", "resume c1"), desk.pbx.commands, "the second hold never reached the PBX");
        assertEquals(CallState.CONNECTED, desk.call("c1").state());
        assertEquals(List.of("ringing", "answered", "held", "resumed"), desk.sink.events());
    }

    @Test
    void givenABlindTransferToAPerson_thenTheCallLeavesAndTheTransferIsFiledWithTargetAndPerson() {
        desk.connected("c1");

        CallOutcome outcome = desk.outcome(desk.runtime.transfer("c1",
                TransferRequest.toPerson(TransferMode.BLIND, "2002", "p-karin")));
        desk.pbx.report(new CallEvent.Transferred("c1", TransferMode.BLIND, "2002", desk.clock.instant()));
        desk.settle();

        assertInstanceOf(CallOutcome.Done.class, outcome);
        assertEquals("transfer c1 BLIND 2002", desk.pbx.commands.get(0));
        assertTrue(desk.runtime.call("c1").isEmpty(), "a transferred call leaves the desk without wrap-up");
        assertEquals(CallState.ENDED, desk.changes.get(desk.changes.size() - 1).state());
        InboundMessage transferred = desk.sink.last();
        assertEquals("transferred", transferred.metadata().get(CallMetadata.EVENT));
        assertEquals("2002", transferred.metadata().get(CallMetadata.TRANSFER_TARGET));
        assertEquals("p-karin", transferred.metadata().get(CallMetadata.TRANSFER_PERSON));
    }

    @Test
    void givenAConsultativeTransfer_theCallIsConsulting_thenCompletingTransfersIt() {
        desk.connected("c1");

        desk.outcome(desk.runtime.transfer("c1", new TransferRequest(TransferMode.CONSULTATIVE, "2002",
                Optional.empty())));
        DeskCall consulting = desk.call("c1");
        desk.outcome(desk.runtime.completeTransfer("c1"));
        desk.pbx.report(new CallEvent.Transferred("c1", TransferMode.CONSULTATIVE, "2002", desk.clock.instant()));
        desk.settle();

        assertEquals(CallState.CONSULTING, consulting.state());
        assertEquals(Optional.of("2002"), consulting.transferTarget());
        assertEquals(List.of("transfer c1 CONSULTATIVE 2002", "completeTransfer c1"), desk.pbx.commands);
        assertTrue(desk.runtime.call("c1").isEmpty());
    }

    @Test
    void givenAConsultation_cancellingBringsTheCallerBack() {
        desk.connected("c1");
        desk.outcome(desk.runtime.transfer("c1", new TransferRequest(TransferMode.CONSULTATIVE, "2002",
                Optional.empty())));
        desk.pbx.report(new CallEvent.Held("c1", desk.clock.instant()));
        desk.settle();

        CallOutcome resumeWhileConsulting = desk.outcome(desk.runtime.resume("c1"));
        desk.outcome(desk.runtime.cancelTransfer("c1"));
        desk.pbx.report(new CallEvent.Resumed("c1", desk.clock.instant()));
        desk.settle();

        assertInstanceOf(CallOutcome.Refused.class, resumeWhileConsulting);
        assertEquals(CallState.CONNECTED, desk.call("c1").state());
        assertTrue(desk.call("c1").transferTarget().isEmpty());
    }

    @Test
    void voicemailAndMobileTransfers_reachThePbxWithTheirKinds() {
        desk.connected("c1");
        desk.connected("c2");

        desk.outcome(desk.runtime.transfer("c1", new TransferRequest(TransferMode.VOICEMAIL, "2002",
                Optional.empty())));
        desk.outcome(desk.runtime.transfer("c2", TransferRequest.toPerson(TransferMode.MOBILE, " +46709876543 ",
                "p-anders")));

        assertEquals(List.of("transfer c1 VOICEMAIL 2002", "transfer c2 MOBILE +46709876543"), desk.pbx.commands);
    }

    @Test
    void givenAConnectedCall_hangingUpLeadsToWrapUp_andTheCodeIsFiledThenTheCallIsGone() {
        desk.connected("c1");
        desk.later(Duration.ofSeconds(95));

        desk.outcome(desk.runtime.hangUp("c1"));
        desk.pbx.report(new CallEvent.Ended("c1", CallEvent.EndReason.AGENT_HUNG_UP, Duration.ofSeconds(95),
                Optional.of("rec-1"), desk.clock.instant()));
        desk.settle();
        DeskCall inWrapUp = desk.call("c1");
        CallOutcome hangUpAgain = desk.outcome(desk.runtime.hangUp("c1"));
        CallOutcome wrapped = desk.outcome(desk.runtime.wrapUp("c1", "delivery"));
        CallOutcome wrappedAgain = desk.outcome(desk.runtime.wrapUp("c1", "delivery"));

        assertEquals(CallState.WRAP_UP, inWrapUp.state());
        assertEquals(1, desk.wrapUpsStarted);
        assertInstanceOf(CallOutcome.Refused.class, hangUpAgain, "the call already ended");
        assertInstanceOf(CallOutcome.Done.class, wrapped);
        assertInstanceOf(CallOutcome.Refused.class, wrappedAgain, "the call has left");
        assertTrue(desk.runtime.calls().isEmpty());
        assertEquals(1, desk.wrapUpsEnded);
        assertEquals(List.of("ringing", "answered", "ended", "wrap-up"), desk.sink.events());
        InboundMessage ended = desk.sink.stored.get(2);
        assertEquals("95", ended.metadata().get(CallMetadata.TALK_SECONDS));
        assertEquals("rec-1", ended.metadata().get(CallMetadata.RECORDING));
        assertEquals("delivery", desk.sink.last().metadata().get(CallMetadata.WRAP_UP_CODE));
        assertEquals(CallState.ENDED, desk.changes.get(desk.changes.size() - 1).state());
    }

    @Test
    void anUnknownWrapUpCodeOrAWrapUpBeforeTheEnd_isRefused() {
        desk.connected("c1");

        CallOutcome tooEarly = desk.outcome(desk.runtime.wrapUp("c1", "delivery"));
        desk.pbx.report(new CallEvent.Ended("c1", CallEvent.EndReason.CALLER_HUNG_UP, Duration.ofSeconds(3),
                Optional.empty(), desk.clock.instant()));
        desk.settle();
        CallOutcome unknownCode = desk.outcome(desk.runtime.wrapUp("c1", "no-such-code"));

        assertInstanceOf(CallOutcome.Refused.class, tooEarly);
        assertInstanceOf(CallOutcome.Refused.class, unknownCode);
        assertEquals(CallState.WRAP_UP, desk.call("c1").state());
    }

    @Test
    void aRingingCallThatIsAbandoned_leavesWithoutWrapUp() {
        desk.ring("c1");

        desk.pbx.report(new CallEvent.Ended("c1", CallEvent.EndReason.ABANDONED, Duration.ZERO, Optional.empty(),
                desk.clock.instant()));
        desk.settle();

        assertTrue(desk.runtime.calls().isEmpty());
        assertEquals(0, desk.wrapUpsStarted);
    }

    @Test
    void theWrapUpCodesAreData_inDisplayOrder() {
        assertEquals(List.of("order-status", "delivery", "invoice", "complaint", "other"),
                desk.runtime.wrapUpCodes().stream().map(c -> c.code()).toList());
        assertTrue(desk.runtime.available());
    }
}
