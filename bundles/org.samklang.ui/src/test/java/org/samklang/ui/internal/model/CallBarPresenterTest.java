package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.WrapUpCode;

class CallBarPresenterTest {

    static final Instant RANG = Instant.parse("2026-11-12T09:00:00Z");

    private final CallBarPresenter presenter = new CallBarPresenter(UiMessages.forLocale(Locale.ENGLISH));

    static DeskCall call(String id, CallState state, long conversation) {
        return new DeskCall(id, state, Optional.of(Address.tel("+46701234567")), "queue:x",
                Optional.of(new ConversationId(conversation)), Optional.of(new CustomerId(7)), RANG,
                state == CallState.RINGING ? Optional.empty() : Optional.of(RANG.plusSeconds(10)), Optional.empty());
    }

    @Test
    void aRingingCall_canBeAnsweredDeflectedOrRejected_andCountsRingingTime() {
        CallBarState bar = presenter.state(call("c1", CallState.RINGING, 1), RANG.plusSeconds(7));

        assertEquals("Ringing", bar.stateText());
        assertEquals("0:07", bar.timeText());
        assertTrue(bar.answer() && bar.transfer() && bar.hangUp());
        assertFalse(bar.hold() || bar.resume() || bar.consultation() || bar.wrapUp());
    }

    @Test
    void aConnectedCall_canBeHeldTransferredOrHungUp_andCountsTalkTime() {
        CallBarState bar = presenter.state(call("c1", CallState.CONNECTED, 1), RANG.plusSeconds(72));

        assertEquals("1:02", bar.timeText());
        assertTrue(bar.hold() && bar.transfer() && bar.hangUp());
        assertFalse(bar.answer() || bar.resume());
    }

    @Test
    void aHeldCall_canBeResumed_aConsultingCallOnlyCompletedOrCancelled_andWrapUpOnlyCoded() {
        CallBarState held = presenter.state(call("c1", CallState.ON_HOLD, 1), RANG.plusSeconds(20));
        DeskCall consulting = new DeskCall("c1", CallState.CONSULTING, Optional.empty(), "", Optional.empty(),
                Optional.empty(), RANG, Optional.of(RANG), Optional.of("2002"));
        CallBarState consult = presenter.state(consulting, RANG.plusSeconds(20));
        CallBarState wrapUp = presenter.state(call("c1", CallState.WRAP_UP, 1), RANG.plusSeconds(20));

        assertTrue(held.resume() && !held.hold());
        assertEquals("Consulting 2002", consult.stateText());
        assertTrue(consult.consultation() && !consult.transfer() && !consult.resume());
        assertTrue(wrapUp.wrapUp());
        assertFalse(wrapUp.hangUp() || wrapUp.answer() || wrapUp.transfer());
    }

    @Test
    void theBarFindsTheShownConversationsLiveCall_only() {
        List<DeskCall> calls = List.of(call("c1", CallState.CONNECTED, 1), call("c2", CallState.RINGING, 2),
                call("c3", CallState.ENDED, 3));

        assertEquals("c2", CallBarPresenter.callOf(calls, new ConversationId(2)).orElseThrow().callId());
        assertTrue(CallBarPresenter.callOf(calls, new ConversationId(3)).isEmpty(), "ended calls have left");
        assertTrue(CallBarPresenter.callOf(calls, new ConversationId(9)).isEmpty());
    }

    @Test
    void outcomes_readAsALineForTheAgent_andDoneIsSilent() {
        assertEquals("", presenter.outcome(new CallOutcome.Done()));
        assertEquals("Not done: busy line", presenter.outcome(new CallOutcome.Refused(CallOutcome.Problem.PBX_REFUSED,
                "busy line")));
        assertEquals("Not done: Answer the call first.", presenter.outcome(new CallOutcome.Refused(
                CallOutcome.Problem.NOT_ANSWERED)));
        assertEquals("Not done: This phone system cannot transfer this way: To mobile.", presenter.outcome(
                new CallOutcome.Refused(CallOutcome.Problem.CANNOT_TRANSFER, "MOBILE")));
        assertEquals("The phone system did not answer within 4 s.", presenter.outcome(new CallOutcome.Unreachable(
                CallOutcome.Problem.PBX_TIMEOUT, "4")));
    }

    @Test
    void wrapUpCodesAndModes_areShownInTheDesktopsLanguage_unknownCodesByTheirLabel() {
        CallBarPresenter swedish = new CallBarPresenter(UiMessages.forLocale(Locale.of("sv")));

        assertEquals("Leverans", swedish.label(new WrapUpCode("delivery", "Delivery")));
        assertEquals("Returns desk", swedish.label(new WrapUpCode("returns", "Returns desk")));
        assertEquals("To voicemail", presenter.label(TransferMode.VOICEMAIL));
    }

    @Test
    void transferTargets_areCleaned_andNonsenseRefused() {
        assertEquals(Optional.of("+46701234567"), CallBarPresenter.target(" +46 70-123 45 67 "));
        assertEquals(Optional.of("2002"), CallBarPresenter.target("2002"));
        assertEquals(Optional.empty(), CallBarPresenter.target("   "));
        assertEquals(Optional.empty(), CallBarPresenter.target("20\u000702"));
        assertEquals(Optional.empty(), CallBarPresenter.target(null));
    }
}
