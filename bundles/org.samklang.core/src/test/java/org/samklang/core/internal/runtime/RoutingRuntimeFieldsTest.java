package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.InboxQuery;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.internal.conversation.TestClock;

/** Work that arrives in a queue carries the queue, its skills and priority and its SLA deadline in the store. */
class RoutingRuntimeFieldsTest {

    private static final Instant T0 = Instant.parse("2026-11-12T08:00:00Z");

    @TempDir
    Path data;
    private final TestClock clock = new TestClock(T0);

    @BeforeEach
    void configureAChatQueueWithSkillsPriorityAndTarget() throws Exception {
        Files.writeString(data.resolve("routing.json"), """
                {"queues": [{"id": "support", "name": "Support", "media": "chat", "priority": 7,
                             "serviceLevel": {"percent": 80, "within": "45s"}, "skills": {"swedish": 3}}]}
                """);
    }

    @Test
    void givenADesk_whenANewChatArrives_thenItsConversationGetsTheQueueSkillsPriorityAndDeadline() throws Exception {
        try (Desk desk = Desk.start(data, clock)) {
            Instant sent = T0.minusSeconds(10);
            ConversationId id = desk.conversations().inbound()
                    .accept(Inbound.chat("c1", "0701234567", "Hej", sent).build())
                    .get(30, TimeUnit.SECONDS).conversationId().orElseThrow();

            awaitRouted(desk.conversations(), id);

            assertPlacedInSupport(desk.conversations().conversation(id).orElseThrow(), sent.plusSeconds(45));
            assertEquals(List.of(id), inQueues(desk, Set.of("support", "elsewhere")));
            assertEquals(List.of(), inQueues(desk, Set.of("elsewhere")));
            assertEquals(List.of(), inQueues(desk, Set.of()), "an agent in no queue sees nothing");
        }
    }

    private static List<ConversationId> inQueues(Desk desk, Set<String> queues) {
        Page<Conversation> page = desk.conversations().inbox(InboxQuery.of(InboxQuery.View.OPEN)
                .inQueues(Optional.of(queues)), PageRequest.first(10));
        assertEquals(page.items().size(), page.totalCount(), "the count matches the listed rows");
        return page.items().stream().map(Conversation::id).toList();
    }

    @Test
    void givenWorkStoredBeforeRoutingRan_whenTheDeskStarts_thenTheRequeuedConversationIsPlacedToo()
            throws Exception {
        Instant sent = T0.minus(Duration.ofMinutes(3));
        ConversationId id;
        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(data.resolve("store")).withSenderLoop(false),
                clock)) {
            id = engine.inbound().accept(Inbound.chat("c1", "0701234567", "Hej", sent).build())
                    .get(30, TimeUnit.SECONDS)
                    .conversationId().orElseThrow();
            assertEquals(Optional.empty(), engine.conversation(id).orElseThrow().queueId(), "not routed yet");
        }

        try (Desk desk = Desk.start(data, clock)) {
            awaitRouted(desk.conversations(), id);

            assertPlacedInSupport(desk.conversations().conversation(id).orElseThrow(), sent.plusSeconds(45));
        }
    }

    private static void assertPlacedInSupport(Conversation conversation, Instant deadline) {
        assertEquals(Optional.of("support"), conversation.queueId());
        assertEquals(List.of(new SkillRequirement("swedish", 3)), conversation.skillsNeeded());
        assertEquals(7, conversation.priority());
        assertEquals(Optional.of(deadline), conversation.slaDeadline());
        assertEquals(conversation.openedAt().plusSeconds(45), deadline, "deadline counts from when it opened");
    }

    /** Waits for the conversation's routed event; the subscription replays the journal, so it cannot be missed. */
    private static void awaitRouted(ConversationService service, ConversationId id) throws Exception {
        CompletableFuture<JournalEvent.ConversationRouted> routed = new CompletableFuture<>();
        try (JournalSubscription subscription = service.subscribe(0, new JournalListener() {

            @Override
            public void onEvent(JournalEvent event) {
                if (event instanceof JournalEvent.ConversationRouted r && r.conversationId().equals(id)) {
                    routed.complete(r);
                }
            }
        })) {
            assertEquals("support", routed.get(30, TimeUnit.SECONDS).queueId());
        }
    }
}
