package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;

/** SLA colouring: how long unanswered work has waited against its queue's target time. */
class SlaClockTest {

    private static final Instant NOW = TestData.NOW;
    private final SlaClock sla = new SlaClock();

    @Test
    void unansweredWorkIsFineThenAtRiskAtEightyPercentThenBreachedAtTheTarget() {
        sla.update(List.of(QueueTextsTest.figures(MediaType.VOICE, Duration.ofSeconds(20))));

        assertEquals(Tone.GOOD, sla.tone(call(ConversationState.QUEUED, 15), NOW));
        assertEquals(Tone.WARNING, sla.tone(call(ConversationState.QUEUED, 16), NOW), "16 s is 80 % of 20 s");
        assertEquals(Tone.WARNING, sla.tone(call(ConversationState.OFFERED, 19), NOW));
        assertEquals(Tone.WARNING, sla.tone(call(ConversationState.NEW, 20), NOW), "20 s still meets 80/20");
        assertEquals(Tone.ERROR, sla.tone(call(ConversationState.NEW, 21), NOW), "past the target");
    }

    @Test
    void answeredWorkAndMediaWithoutATargetHaveNoStanding() {
        sla.update(List.of(QueueTextsTest.figures(MediaType.VOICE, Duration.ofSeconds(20))));

        assertEquals(Tone.NORMAL, sla.tone(call(ConversationState.ACTIVE, 600), NOW));
        assertEquals(Tone.NORMAL, sla.tone(call(ConversationState.CLOSED, 600), NOW));
        Conversation email = new Conversation(new ConversationId(2), new CustomerId(2), "email.x", MediaType.EMAIL,
                ConversationState.NEW, "s", Optional.empty(), NOW.minusSeconds(600), NOW, 1);
        assertEquals(Tone.NORMAL, sla.tone(email, NOW));
    }

    @Test
    void theFirstQueueOfEachMediaSetsItsTarget_andAtRiskInstantsFollow() {
        assertFalse(sla.knowsTargets());
        sla.update(List.of(QueueTextsTest.figures(MediaType.CHAT, Duration.ofSeconds(60)),
                QueueTextsTest.figures(MediaType.CHAT, Duration.ofSeconds(600)),
                QueueTextsTest.figures(MediaType.EMAIL, Duration.ofHours(24))));

        assertEquals(Map.of(MediaType.CHAT, NOW.minusSeconds(48), MediaType.EMAIL, NOW.minus(Duration.ofMinutes(
                1152))), sla.atRiskOpenedBefore(NOW));
    }

    private static Conversation call(ConversationState state, long secondsAgo) {
        Instant opened = NOW.minusSeconds(secondsAgo);
        return new Conversation(new ConversationId(1), new CustomerId(1), "phone.x", MediaType.VOICE, state, "",
                Optional.empty(), opened, opened, 1);
    }
}
