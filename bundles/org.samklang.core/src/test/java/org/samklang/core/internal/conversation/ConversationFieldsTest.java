package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.JournalEvent.ConversationRouted;
import org.samklang.core.api.model.JournalEvent.ConversationTagged;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.SkillRequirement;

/** The conversation's queue, skills, priority, SLA deadline and tags: stored, journalled, read back, refused. */
class ConversationFieldsTest {

    private static final List<SkillRequirement> SWEDISH_BILLING = List.of(new SkillRequirement("swedish", 3),
            new SkillRequirement("billing", 5));

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenANewConversation_whenRead_thenItHasTheDefaults() {
        Conversation fresh = fixture.engine.conversation(newConversation()).orElseThrow();

        assertEquals(Optional.empty(), fresh.queueId());
        assertEquals(List.of(), fresh.skillsNeeded());
        assertEquals(Conversation.DEFAULT_PRIORITY, fresh.priority());
        assertEquals(Optional.empty(), fresh.slaDeadline());
        assertEquals(Set.of(), fresh.tags());
    }

    @Test
    void givenAConversation_whenRouted_thenQueueSkillsPriorityAndDeadlineComeBackFromEveryRead() {
        ConversationId id = newConversation();
        Instant deadline = t0.plus(Duration.ofMinutes(1));
        long before = fixture.engine.lastSequence();

        Conversation routed = EngineFixture.await(fixture.engine.route(id, "support", SWEDISH_BILLING, 7, deadline));

        assertRouted(routed, deadline);
        assertRouted(fixture.engine.conversation(id).orElseThrow(), deadline);
        Conversation listed = fixture.engine.inbox(InboxQuery.of(InboxQuery.View.UNASSIGNED), PageRequest.first(10))
                .items().get(0);
        assertRouted(listed, deadline);
        assertEquals(List.of(new ConversationRouted(before + 1, t0, id, "support")), fixture.journalAfter(before));
        fixture.restart();
        assertRouted(fixture.engine.conversation(id).orElseThrow(), deadline);
    }

    @Test
    void givenARoutedConversation_whenRoutedAgainTheSame_thenNothingIsJournalled() {
        ConversationId id = newConversation();
        Instant deadline = t0.plusSeconds(20);
        EngineFixture.await(fixture.engine.route(id, "voice", List.of(), 5, deadline));
        long before = fixture.engine.lastSequence();

        EngineFixture.await(fixture.engine.route(id, "voice", List.of(), 5, deadline));

        assertEquals(before, fixture.engine.lastSequence());
    }

    @Test
    void givenAMessageArrives_whenTheConversationWasRouted_thenTheRoutingFieldsStay() {
        ConversationId id = newConversation();
        Instant deadline = t0.plusSeconds(60);
        EngineFixture.await(fixture.engine.route(id, "support", SWEDISH_BILLING, 7, deadline));

        fixture.ingest(Inbound.chat("line-2", "0701234567", "Hallå?", t0.plusSeconds(5)));

        Conversation after = fixture.engine.conversation(id).orElseThrow();
        assertEquals(2, after.messageCount());
        assertRouted(after, deadline);
    }

    @Test
    void givenBadRoutingValues_whenRouted_thenRefusedAndNothingStored() {
        ConversationId id = newConversation();
        long before = fixture.engine.lastSequence();

        assertRefused(fixture.engine.route(id, " ", List.of(), 5, t0), "queue id must not be blank");
        assertRefused(fixture.engine.route(id, "q", List.of(), 0, t0), "priority must be 1-9, was 0");
        assertRefused(fixture.engine.route(id, "q", List.of(), 10, t0), "priority must be 1-9, was 10");
        assertRefused(fixture.engine.route(id, "q", null, 5, t0), "skills must not be null or contain null");
        assertRefused(fixture.engine.route(id, "q", List.of(), 5, null), "SLA deadline must not be null");
        assertRefused(fixture.engine.route(new ConversationId(9999), "q", List.of(), 5, t0),
                "unknown conversation");

        assertEquals(before, fixture.engine.lastSequence());
        assertEquals(Optional.empty(), fixture.engine.conversation(id).orElseThrow().queueId());
    }

    @Test
    void givenTags_whenSet_thenTheyAreStrippedSortedJournalledAndKeptOverARestart() {
        ConversationId id = newConversation();
        long before = fixture.engine.lastSequence();

        Conversation tagged = EngineFixture.await(fixture.engine.setTags(id, Set.of("vip", " faktura ", "återkom")));

        List<String> expected = List.of("faktura", "vip", "återkom");
        assertEquals(expected, List.copyOf(tagged.tags()));
        assertEquals(List.of(new ConversationTagged(before + 1, t0, id, Set.copyOf(expected))),
                fixture.journalAfter(before));
        fixture.restart();
        assertEquals(expected, List.copyOf(fixture.engine.conversation(id).orElseThrow().tags()));
    }

    @Test
    void givenTaggedConversation_whenTheSameTagsAreSetAgainOrCleared_thenOnlyTheClearIsJournalled() {
        ConversationId id = newConversation();
        EngineFixture.await(fixture.engine.setTags(id, Set.of("vip")));
        long before = fixture.engine.lastSequence();

        EngineFixture.await(fixture.engine.setTags(id, Set.of(" vip")));
        assertEquals(before, fixture.engine.lastSequence(), "same tags after stripping: no event");
        Conversation cleared = EngineFixture.await(fixture.engine.setTags(id, Set.of()));

        assertEquals(Set.of(), cleared.tags());
        assertEquals(Set.of(), fixture.engine.conversation(id).orElseThrow().tags());
        assertEquals(before + 1, fixture.engine.lastSequence());
    }

    @Test
    void givenHostileTags_whenSet_thenEachIsRefusedWithAClearMessageAndNothingIsStored() {
        ConversationId id = newConversation();
        EngineFixture.await(fixture.engine.setTags(id, Set.of("vip")));
        long before = fixture.engine.lastSequence();
        Set<String> tooMany = new HashSet<>();
        for (int i = 0; i < Conversation.MAX_TAGS + 1; i++) {
            tooMany.add("tag" + i);
        }
        Set<String> withNull = new HashSet<>();
        withNull.add("ok");
        withNull.add(null);

        assertRefused(fixture.engine.setTags(id, Set.of("ok", "  ")), "a tag must not be blank");
        assertRefused(fixture.engine.setTags(id, Set.of("x".repeat(51))),
                "a tag may have at most 50 characters, got 51");
        assertRefused(fixture.engine.setTags(id, tooMany), "a conversation may have at most 20 tags, got 21");
        assertRefused(fixture.engine.setTags(id, null), "tags must not be null");
        assertRefused(fixture.engine.setTags(id, withNull), "tags must not contain null");
        assertRefused(fixture.engine.setTags(id, Set.of("new\nline")), "a tag must not contain control characters");
        assertRefused(fixture.engine.setTags(new ConversationId(9999), Set.of("vip")), "unknown conversation");

        assertEquals(before, fixture.engine.lastSequence());
        assertEquals(Set.of("vip"), fixture.engine.conversation(id).orElseThrow().tags());
    }

    @Test
    void givenTheLimits_whenExactlyReached_thenTheTagsAreAccepted() {
        ConversationId id = newConversation();
        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < Conversation.MAX_TAGS; i++) {
            twenty.add(i + "-" + "x".repeat(Conversation.MAX_TAG_LENGTH - 3));
        }

        Conversation tagged = EngineFixture.await(fixture.engine.setTags(id, Set.copyOf(twenty)));

        assertEquals(Conversation.MAX_TAGS, tagged.tags().size());
        assertTrue(tagged.tags().stream().allMatch(t -> t.length() <= Conversation.MAX_TAG_LENGTH));
    }

    private ConversationId newConversation() {
        return fixture.ingest(Inbound.chat("line-1", "0701234567", "Hej", t0)).conversationId().orElseThrow();
    }

    private static void assertRouted(Conversation conversation, Instant deadline) {
        assertEquals(Optional.of("support"), conversation.queueId());
        assertEquals(SWEDISH_BILLING, conversation.skillsNeeded());
        assertEquals(7, conversation.priority());
        assertEquals(Optional.of(deadline), conversation.slaDeadline());
    }

    private static void assertRefused(CompletableFuture<?> future, String message) {
        try {
            future.get(30, TimeUnit.SECONDS);
            throw new AssertionError("expected a refusal containing '" + message + "'");
        } catch (ExecutionException e) {
            IllegalArgumentException refusal = assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
