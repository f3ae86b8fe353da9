package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.conversation.TestClock;

/**
 * Queue figures come from the store: after a restart they show the same longest wait, service level and speed of
 * answer as before it, and the longest wait is the one the list of waiting conversations shows.
 */
class QueueFiguresRestartTest {

    private static final Instant NOON = Instant.parse("2026-11-12T12:00:00Z");

    @TempDir
    Path data;
    private final TestClock clock = new TestClock(NOON);

    @Test
    void givenWorkWaitingAndAnsweredToday_whenTheDeskRestarts_thenItsFiguresAreTheSameAndAgreeWithTheList()
            throws Exception {
        QueueFigures before;
        try (FiguresDesk desk = new FiguresDesk(data, clock)) {
            // Four chats, the oldest three hours ago; routing learns of them in arrival order.
            ConversationId oldest = desk.chat("+46701000001", NOON.minus(Duration.ofHours(3)));
            ConversationId next = desk.chat("+46701000002", NOON.minus(Duration.ofHours(2)));
            desk.chat("+46701000003", NOON.minus(Duration.ofMinutes(9)));
            ConversationId recent = desk.chat("+46701000004", NOON.minusSeconds(20));
            desk.awaitChat("four chats waiting", f -> f.waiting() == 4);

            // The agent answers the oldest through its offer (three hours: outside the 60 s target) and takes the
            // newest outside an offer (20 s: within it), then steps away.
            desk.agent(PresenceState.AVAILABLE);
            awaitOffer(desk, oldest);
            desk.routing.accept(String.valueOf(oldest.value()), FiguresDesk.AGENT).get(30, TimeUnit.SECONDS);
            awaitOffer(desk, next);
            desk.agent(PresenceState.AWAY);
            awaitState(desk, next, ConversationState.QUEUED);
            desk.engine.changeState(recent, ConversationState.ACTIVE).get(30, TimeUnit.SECONDS);

            before = desk.awaitChat("two answered, two waiting", f -> f.waiting() == 2
                    && f.serviceLevelPercent().isPresent() && f.averageSpeedOfAnswer().isPresent()
                    && f.serviceLevelPercent().getAsDouble() == 50.0);
            assertEquals(Duration.ofHours(2), before.longestWait());
            desk.awaitKept(2);
        }
        clock.advance(Duration.ofMinutes(1));

        try (FiguresDesk desk = new FiguresDesk(data, clock)) {
            QueueFigures after = desk.awaitChat("the first figures after the restart", f -> true);

            assertEquals(2, after.waiting(), "the first figures shown are whole, not half-way through the re-queue");

            assertEquals(Duration.ofHours(2).plusMinutes(1), after.longestWait(),
                    "the longest wait is the oldest waiting chat's, whatever order the store hands them back in");
            assertEquals(before.serviceLevelPercent(), after.serviceLevelPercent(), "today's service level");
            assertEquals(before.averageSpeedOfAnswer(), after.averageSpeedOfAnswer(), "today's speed of answer");
            assertEquals(longestWaitInTheList(desk), after.longestWait(), "the figures agree with the list");
            assertEquals(2, atRiskInTheList(desk), "both waiting chats are past 80 % of their 60 s target");
        }
    }

    private void awaitOffer(FiguresDesk desk, ConversationId id) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String itemId = String.valueOf(id.value());
        while (desk.routing.openOffers().stream().map(Offer::itemId).noneMatch(itemId::equals)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no offer of " + itemId + "; open offers " + desk.routing.openOffers());
            }
            Thread.sleep(5); // a polling interval; the wait itself has a deadline
        }
    }

    /** The next chat was offered when the agent stepped away: the list must not go on saying "Offered". */
    private void awaitState(FiguresDesk desk, ConversationId id, ConversationState wanted)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ConversationState state = null;
        while (System.nanoTime() < end) {
            state = desk.engine.conversation(id).orElseThrow().state();
            if (state == wanted) {
                return;
            }
            Thread.sleep(5); // a polling interval; the wait itself has a deadline
        }
        assertEquals(wanted, state, "the offer ended, the chat waits in its queue again");
    }

    /** The wait the list shows for the longest-waiting unanswered chat: since the conversation opened. */
    private Duration longestWaitInTheList(FiguresDesk desk) {
        return desk.engine.inbox(InboxQuery.of(InboxQuery.View.UNASSIGNED), PageRequest.first(100)).items().stream()
                .filter(c -> c.mediaType() == MediaType.CHAT && c.state().awaitsAnswer())
                .map(Conversation::openedAt).min(Instant::compareTo)
                .map(opened -> Duration.between(opened, clock.instant())).orElse(Duration.ZERO);
    }

    private long atRiskInTheList(FiguresDesk desk) {
        Instant riskSince = clock.instant().minus(Duration.ofSeconds(48));
        return desk.engine.inbox(InboxQuery.of(InboxQuery.View.UNASSIGNED).unansweredSince(Map.of(MediaType.CHAT,
                riskSince)), PageRequest.first(100)).totalCount();
    }
}
