package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;

class ScreenPopTest {

    private final ScreenPop pop = new ScreenPop();

    private static DeskCall ringing(String id) {
        return CallBarPresenterTest.call(id, CallState.RINGING, 1);
    }

    private static DeskCall notFiledYet(String id) {
        DeskCall c = ringing(id);
        return new DeskCall(id, CallState.RINGING, c.caller(), "", Optional.empty(), Optional.empty(),
                c.ringingSince(), Optional.empty(), Optional.empty());
    }

    @Test
    void aRingingCall_opensOnceItsConversationIsKnown_andOnlyOnce() {
        assertInstanceOf(ScreenPop.Nothing.class, pop.changed(notFiledYet("c1"), false));
        assertInstanceOf(ScreenPop.Open.class, pop.changed(ringing("c1"), false));
        assertInstanceOf(ScreenPop.Nothing.class, pop.changed(ringing("c1"), false), "a repeat does not pop again");
    }

    @Test
    void whileTheAgentTypes_theCallIsAnnounced_andTheKeyOpensIt() {
        ScreenPop.Step step = pop.changed(ringing("c1"), true);

        assertInstanceOf(ScreenPop.Announce.class, step);
        assertEquals("c1", pop.announced().orElseThrow().callId());
        assertEquals("c1", pop.takeAnnounced().orElseThrow().callId());
        assertTrue(pop.announced().isEmpty());
    }

    @Test
    void anAnnouncedCallThatStopsRinging_withdrawsTheBanner() {
        pop.changed(ringing("c1"), true);

        ScreenPop.Step answered = pop.changed(CallBarPresenterTest.call("c1", CallState.CONNECTED, 1), true);

        assertInstanceOf(ScreenPop.Withdraw.class, answered);
        assertTrue(pop.takeAnnounced().isEmpty());
        assertInstanceOf(ScreenPop.Nothing.class, pop.changed(CallBarPresenterTest.call("c2", CallState.ENDED, 2),
                false));
    }

    @Test
    void thePopIsTimed_fromRingingToTheCardOfItsCustomer_once() {
        Instant painted = CallBarPresenterTest.RANG.plusMillis(420);
        long[] nanos = {1_000_000_000L};
        PopTiming timing = new PopTiming(Clock.fixed(painted, ZoneOffset.UTC), () -> nanos[0]);

        timing.expect(ringing("c1"), timing.now());
        nanos[0] += 180_000_000L;

        assertTrue(timing.expects(new CustomerId(7)));
        assertEquals(Optional.of("screen-pop c1 420"), timing.painted(new CustomerId(7)));
        assertEquals(Optional.empty(), timing.painted(new CustomerId(7)), "logged once");
        assertEquals(Optional.empty(), timing.painted(new CustomerId(8)));
    }

    @Test
    void theConversationOpensAfterTheCardIsPainted_orWhenTakenFirst_neverTwice() {
        PopTiming timing = new PopTiming(Clock.fixed(CallBarPresenterTest.RANG, ZoneOffset.UTC), () -> 0L);
        java.util.List<String> opened = new java.util.ArrayList<>();
        timing.expect(ringing("c1"), timing.now());
        timing.afterCard(new CustomerId(7), () -> opened.add("c1"));

        assertEquals(java.util.List.of(), opened, "not before the card");
        timing.painted(new CustomerId(7));
        assertEquals(java.util.List.of("c1"), opened);
        assertEquals(Optional.empty(), timing.takeAfterCard(new CustomerId(7)), "the fallback finds nothing to do");

        timing.afterCard(new CustomerId(8), () -> opened.add("late"));
        timing.takeAfterCard(new CustomerId(8)).orElseThrow().run(); // the card never came: the fallback opens it
        timing.painted(new CustomerId(8));
        assertEquals(java.util.List.of("c1", "late"), opened);
    }

    @Test
    void aSecondCallPoppingBeforeTheFirstCardIsPainted_endsTheFirstPop() {
        PopTiming timing = new PopTiming(Clock.fixed(CallBarPresenterTest.RANG, ZoneOffset.UTC), () -> 0L);
        java.util.List<String> opened = new java.util.ArrayList<>();
        DeskCall second = new DeskCall("c2", CallState.RINGING, Optional.of(Address.tel("+46709999999")), "queue:x",
                Optional.of(new ConversationId(2)), Optional.of(new CustomerId(9)), CallBarPresenterTest.RANG,
                Optional.empty(), Optional.empty());
        timing.expect(ringing("c1"), timing.now());
        timing.afterCard(new CustomerId(7), () -> opened.add("c1"));

        timing.expect(second, timing.now());

        assertFalse(timing.expects(new CustomerId(7)), "one card shows at a time");
        assertEquals(Optional.empty(), timing.takeAfterCard(new CustomerId(7)),
                "the first call's conversation waits no more");
        assertEquals(Optional.empty(), timing.painted(new CustomerId(7)));
        assertEquals(Optional.of("screen-pop c2 0"), timing.painted(new CustomerId(9)));
        assertEquals(java.util.List.of(), opened);
    }
}
