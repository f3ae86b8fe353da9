package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Offer;

class AttentionTest {

    private static final String ME = "agent.anna";

    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final Attention attention = new Attention(millis::get);

    AttentionTest() {
        attention.setMe(Optional.of(ME));
    }

    private static Conversation assignedTo(long id, String agent) {
        return TestData.conversation(id, id, MediaType.CHAT, ConversationState.ACTIVE, "", Optional.ofNullable(agent),
                TestData.NOW);
    }

    private static Offer offer(String item, String agent) {
        return new Offer(item, "chat.support", MediaType.CHAT, agent, TestData.NOW, TestData.NOW.plusSeconds(30));
    }

    @Test
    void givenMyConversation_whenAMessageArrivesWhileIAmElsewhere_thenItIsUnreadAndBeeps() {
        Attention.Signal signal = attention.inbound(assignedTo(7, ME), false);

        assertTrue(signal.beep());
        assertEquals(1, signal.unread());
        assertTrue(attention.isUnread(assignedTo(7, ME).id()));
    }

    @Test
    void givenIAmLookingAtTheConversation_whenAMessageArrives_thenNothingHappens() {
        Attention.Signal signal = attention.inbound(assignedTo(7, ME), true);

        assertFalse(signal.beep());
        assertEquals(0, signal.count());
    }

    @Test
    void othersConversationsAndUnassignedWorkNeverCount() {
        assertFalse(attention.inbound(assignedTo(7, "agent.karin"), false).beep());
        assertFalse(attention.inbound(assignedTo(8, null), false).beep());
        assertEquals(0, attention.quiet().count());
    }

    @Test
    void whileIAmUnknown_nothingIsMine() {
        attention.setMe(Optional.empty());

        assertEquals(0, attention.inbound(assignedTo(7, ME), false).count());
        assertEquals(0, attention.offers(List.of(offer("7", ME))).count());
    }

    @Test
    void givenABurst_thenAtMostOneBeepPerTwoSeconds_andCountsStillGrow() {
        assertTrue(attention.inbound(assignedTo(1, ME), false).beep());
        millis.addAndGet(500);
        Attention.Signal second = attention.inbound(assignedTo(2, ME), false);
        millis.addAndGet(Attention.MIN_BEEP_GAP_MILLIS - 501);
        Attention.Signal third = attention.inbound(assignedTo(3, ME), false);
        millis.addAndGet(1);
        Attention.Signal fourth = attention.inbound(assignedTo(4, ME), false);

        assertFalse(second.beep());
        assertFalse(third.beep(), "1999 ms after the first beep");
        assertTrue(fourth.beep(), "2000 ms after the first beep");
        assertEquals(4, fourth.unread());
    }

    @Test
    void givenTheSoundIsOff_thenNothingBeeps_butUnreadIsCounted() {
        attention.setSoundOn(false);

        Attention.Signal signal = attention.inbound(assignedTo(7, ME), false);

        assertFalse(signal.beep());
        assertEquals(1, signal.unread());
    }

    @Test
    void openingAConversationMarksItRead_andForgettingRemovesIt() {
        attention.inbound(assignedTo(1, ME), false);
        attention.inbound(assignedTo(2, ME), false);

        assertEquals(1, attention.opened(assignedTo(1, ME).id()).unread());
        assertEquals(0, attention.forget(assignedTo(2, ME).id()).unread());
    }

    @Test
    void aSecondMessageOnAnUnreadConversationCountsItOnce() {
        attention.inbound(assignedTo(1, ME), false);
        millis.addAndGet(5_000);

        Attention.Signal signal = attention.inbound(assignedTo(1, ME), false);

        assertTrue(signal.beep(), "a new message is worth a beep again");
        assertEquals(1, signal.unread());
    }

    @Test
    void givenANewOfferForMe_thenItBeepsOnce_andCountsWhileOpen() {
        Attention.Signal first = attention.offers(List.of(offer("7", ME), offer("8", "agent.karin")));
        millis.addAndGet(10_000);
        Attention.Signal again = attention.offers(List.of(offer("7", ME)));
        Attention.Signal gone = attention.offers(List.of());

        assertTrue(first.beep());
        assertEquals(1, first.offers(), "only my offer counts");
        assertFalse(again.beep(), "the same offer is noticed once");
        assertEquals(0, gone.count());
    }

    @Test
    void anOfferAndAMessageTogetherAddUp() {
        attention.offers(List.of(offer("9", ME)));

        assertEquals(2, attention.inbound(assignedTo(1, ME), false).count());
    }
}
