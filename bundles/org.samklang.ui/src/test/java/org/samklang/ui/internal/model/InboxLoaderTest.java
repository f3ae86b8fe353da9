package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.PageRequest;

class InboxLoaderTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final FakeConversationService service = new FakeConversationService();
    private final CustomerNames names = new CustomerNames(service, english);
    private final InboxLoader loader = new InboxLoader(service, names);

    @Test
    void givenAnInboxPage_thenEachRowNamesItsCustomer() {
        service.customers.put(new CustomerId(1), TestData.customer(1, "Anna Lindqvist"));
        service.customers.put(new CustomerId(2), TestData.customer(2, "", Address.tel("+46701234567")));
        service.conversations.add(TestData.conversation(10, 1, MediaType.EMAIL, "Var är min order?"));
        service.conversations.add(TestData.conversation(11, 2, MediaType.VOICE, ""));
        service.conversations.add(TestData.conversation(12, 3, MediaType.CHAT, ""));

        InboxChunk chunk = loader.load(InboxSource.all(), PageRequest.first(10));

        assertEquals(List.of("Anna Lindqvist", "+46701234567", "Unknown customer"),
                chunk.entries().stream().map(InboxEntry::customerName).toList());
        assertEquals(3, chunk.scanned());
        assertEquals(3, chunk.sourceTotal());
        assertEquals(Optional.empty(), chunk.nextCursor());
    }

    @Test
    void givenAMediaFilter_thenTheEngineNarrowsAndCountsOnlyThatMedia() {
        for (int i = 1; i <= 6; i++) {
            service.conversations.add(TestData.conversation(i, i, i % 2 == 0 ? MediaType.CHAT : MediaType.EMAIL,
                    "s"));
        }
        InboxSource chats = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.of(MediaType.CHAT),
                Optional.empty());

        InboxChunk chunk = loader.load(chats, PageRequest.first(2));

        assertEquals(List.of(2L, 4L), chunk.entries().stream().map(e -> e.conversation().id().value()).toList());
        assertEquals(2, chunk.scanned());
        assertEquals(3, chunk.sourceTotal(), "n of N counts chats only");
        assertEquals(Optional.of("2"), chunk.nextCursor());
        assertTrue(chats.totalIsExact());
    }

    @Test
    void givenAtRisk_thenOnlyUnansweredWorkPastEightyPercentOfItsTargetIsListed() {
        SlaClock sla = new SlaClock();
        sla.update(List.of(QueueTextsTest.figures(MediaType.CHAT, Duration.ofSeconds(60))));
        InboxLoader atNine = new InboxLoader(service, names, sla, Clock.fixed(TestData.NOW, ZoneOffset.UTC));
        service.conversations.add(opened(1, MediaType.CHAT, ConversationState.QUEUED, 50)); // 83 %: at risk
        service.conversations.add(opened(2, MediaType.CHAT, ConversationState.QUEUED, 30)); // 50 %: fine
        service.conversations.add(opened(3, MediaType.CHAT, ConversationState.ACTIVE, 500)); // answered
        service.conversations.add(opened(4, MediaType.EMAIL, ConversationState.NEW, 500)); // no e-mail target
        InboxSource atRisk = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(),
                Optional.empty(), true);

        InboxChunk chunk = atNine.load(atRisk, PageRequest.first(10));
        InboxChunk withoutTargets = new InboxLoader(service, names, new SlaClock(), Clock.fixed(TestData.NOW,
                ZoneOffset.UTC)).load(atRisk, PageRequest.first(10));

        assertEquals(List.of(1L), chunk.entries().stream().map(e -> e.conversation().id().value()).toList());
        assertEquals(List.of(), withoutTargets.entries(), "without targets nothing is called at risk");
    }

    @Test
    void givenMyQueues_thenOnlyWorkRoutingPlacedInThemIsListedAndCounted() {
        service.conversations.add(inQueue(1, Optional.of("voice")));
        service.conversations.add(inQueue(2, Optional.of("email")));
        service.conversations.add(inQueue(3, Optional.empty())); // not routed yet: in no queue
        InboxSource mine = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(), Optional.empty(),
                false, Optional.of(Set.of("voice", "chat")));
        InboxSource none = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(), Optional.empty(),
                false, Optional.of(Set.of()));

        InboxChunk chunk = loader.load(mine, PageRequest.first(10));

        assertEquals(List.of(1L), chunk.entries().stream().map(e -> e.conversation().id().value()).toList());
        assertEquals(1, chunk.sourceTotal());
        assertEquals(0, loader.load(none, PageRequest.first(10)).sourceTotal(), "serving no queue lists nothing");
        assertTrue(mine.accepts(inQueue(4, Optional.of("chat"))));
        assertFalse(mine.accepts(inQueue(5, Optional.empty())), "a search hit outside my queues is left out");
    }

    private static Conversation inQueue(long id, Optional<String> queue) {
        Conversation plain = opened(id, MediaType.CHAT, ConversationState.QUEUED, 10);
        return new Conversation(plain.id(), plain.customerId(), plain.channelId(), plain.mediaType(), plain.state(),
                plain.subject(), plain.assignee(), plain.openedAt(), plain.lastActivityAt(), plain.messageCount(),
                queue, List.of(), Conversation.DEFAULT_PRIORITY, Optional.empty(), Set.of());
    }

    private static Conversation opened(long id, MediaType media, ConversationState state, long secondsAgo) {
        Instant opened = TestData.NOW.minusSeconds(secondsAgo);
        return new Conversation(new ConversationId(id), new CustomerId(id), "chat.web", media, state, "s",
                Optional.empty(), opened, opened, 1);
    }

    @Test
    void givenASearch_thenHitsAreGroupedByConversationAndMergedIdsResolve() {
        service.conversations.add(TestData.conversation(1, 1, MediaType.EMAIL, "Leverans"));
        service.conversations.add(TestData.conversation(2, 1, MediaType.CHAT, ""));
        service.mergedInto.put(new ConversationId(3), new ConversationId(1));
        Instant at = TestData.NOW;
        service.messages.add(TestData.inbound(1, 1, 1, MediaType.EMAIL, "Leverans", "var är leveransen", at));
        service.messages.add(TestData.inbound(2, 1, 1, MediaType.EMAIL, "Re: Leverans", "leverans igen", at));
        service.messages.add(TestData.inbound(3, 3, 1, MediaType.EMAIL, "", "leverans från sammanslagen", at));
        service.messages.add(TestData.inbound(4, 2, 1, MediaType.CHAT, "", "leverans i chatten", at));
        InboxSource search = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(),
                Optional.of("leverans"));

        InboxChunk chunk = loader.load(search, PageRequest.first(10));

        assertEquals(List.of(1L, 2L), chunk.entries().stream().map(e -> e.conversation().id().value()).toList());
        assertEquals(4, chunk.scanned());
        assertEquals(4, chunk.sourceTotal());
    }

    @Test
    void customerNamesAreRememberedUntilForgotten() {
        service.customers.put(new CustomerId(1), TestData.customer(1, "Anna"));
        for (int i = 1; i <= 5; i++) {
            service.conversations.add(TestData.conversation(i, 1, MediaType.EMAIL, "s"));
        }
        loader.load(InboxSource.all(), PageRequest.first(10));
        assertEquals(1, service.customerLookups);

        names.forget();
        service.customers.put(new CustomerId(1), TestData.customer(1, "Anna Lindqvist"));

        assertEquals("Anna Lindqvist", loader.load(InboxSource.all(), PageRequest.first(10)).entries().get(0)
                .customerName());
    }

    @Test
    void hostileCustomerNamesAreCleanedForTheList() {
        service.customers.put(new CustomerId(1), TestData.customer(1, "Anna\u202E\n\u0000 Lindqvist"));
        assertEquals("Anna Lindqvist", names.nameOf(new CustomerId(1)));
    }
}
