package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.InboxQuery.View;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.spi.InboundReceipt;

class QueriesTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenSevenOpenConversations_whenPagedByThree_thenEachAppearsOnceNewestFirstWithTheTotal() {
        List<ConversationId> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            newestFirst.add(0, conversationOf(fixture.ingest(Inbound.sms("s" + i, "+4670123456" + i, "Hej",
                    t0.plusSeconds(i)))));
        }

        List<ConversationId> seen = new ArrayList<>();
        Page<Conversation> page = fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(3));
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            assertEquals(7, page.totalCount());
            sizes.add(page.items().size());
            page.items().forEach(conversation -> seen.add(conversation.id()));
            if (!page.hasNext()) {
                break;
            }
            page = fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.after(page.nextCursor().get(), 3));
        }
        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(newestFirst, seen);
    }

    @Test
    void givenAPagedInbox_whenNewActivityArrivesBetweenPages_thenTheSecondPageNeitherRepeatsNorSkips() {
        List<ConversationId> older = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            older.add(0, conversationOf(fixture.ingest(Inbound.sms("s" + i, "+4670123456" + i, "Hej",
                    t0.plusSeconds(i)))));
        }
        Page<Conversation> first = fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(2));

        fixture.ingest(Inbound.sms("new", "+46701234569", "Ny", t0.plusSeconds(100)));
        Page<Conversation> second = fixture.engine.inbox(InboxQuery.of(View.OPEN),
                PageRequest.after(first.nextCursor().orElseThrow(), 2));

        assertEquals(older.subList(2, 4), second.items().stream().map(Conversation::id).toList());
        assertEquals(5, second.totalCount());
    }

    @Test
    void givenAssignedAndClosedConversations_whenEachViewIsRead_thenEachShowsItsOwn() {
        ConversationId mine = conversationOf(fixture.ingest(Inbound.sms("s1", "+46701234561", "A", t0)));
        ConversationId queued = conversationOf(fixture.ingest(Inbound.sms("s2", "+46701234562", "B", t0)));
        ConversationId closed = conversationOf(fixture.ingest(Inbound.sms("s3", "+46701234563", "C", t0)));
        fixture.engine.assign(mine, Optional.of("karin")).join();
        fixture.engine.close(closed).join();

        assertEquals(List.of(mine), ids(InboxQuery.mine("karin")));
        assertEquals(List.of(queued), ids(InboxQuery.of(View.UNASSIGNED)));
        assertEquals(List.of(closed), ids(InboxQuery.of(View.CLOSED)));
        assertEquals(2, fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(10)).totalCount());
        assertEquals(List.of(), ids(InboxQuery.mine("erik")));
    }

    @Test
    void givenEmailsAndChats_whenFilteredByMediaType_thenTheEngineCountsAndPagesOnlyThatMedia() {
        ConversationId email = conversationOf(fixture.ingest(Inbound.email("<e1@x>", "a@x.se", "Order", t0, null)));
        ConversationId chat = conversationOf(fixture.ingest(Inbound.chat("c1", "+46701234561", "Hej", t0)));
        conversationOf(fixture.ingest(Inbound.chat("c2", "+46701234562", "Hallå", t0)));

        Page<Conversation> emails = fixture.engine.inbox(InboxQuery.of(View.OPEN).onMedia(Optional.of(
                MediaType.EMAIL)), PageRequest.first(10));
        Page<Conversation> chats = fixture.engine.inbox(InboxQuery.of(View.OPEN).onMedia(Optional.of(
                MediaType.CHAT)), PageRequest.first(1));

        assertEquals(List.of(email), emails.items().stream().map(Conversation::id).toList());
        assertEquals(1, emails.totalCount(), "the total counts only e-mail: n of N stays true");
        assertEquals(2, chats.totalCount());
        assertTrue(chats.hasNext());
        assertTrue(ids(InboxQuery.of(View.OPEN).onMedia(Optional.of(MediaType.EMAIL))).contains(email));
        assertFalse(ids(InboxQuery.of(View.OPEN).onMedia(Optional.of(MediaType.EMAIL))).contains(chat));
    }

    @Test
    void givenWaitingWork_whenAskedForUnansweredSince_thenOnlyUnansweredOlderWorkOfTheListedMediaShows() {
        ConversationId oldChat = conversationOf(fixture.ingest(Inbound.chat("c1", "+46701234561", "Hej",
                t0.minusSeconds(120))));
        conversationOf(fixture.ingest(Inbound.chat("c2", "+46701234562", "Hej", t0.minusSeconds(10))));
        ConversationId answered = conversationOf(fixture.ingest(Inbound.chat("c3", "+46701234563", "Hej",
                t0.minusSeconds(300))));
        fixture.engine.changeState(answered, ConversationState.ACTIVE).join();
        ConversationId oldEmail = conversationOf(fixture.ingest(Inbound.email("<e1@x>", "a@x.se", "Order",
                t0.minusSeconds(3_600), null)));

        // chats at risk after 48 s (80 % of 60 s); e-mail not listed
        List<ConversationId> atRisk = ids(InboxQuery.of(View.OPEN).unansweredSince(Map.of(MediaType.CHAT,
                t0.minusSeconds(48))));
        // both media listed, e-mail at risk after 30 min
        List<ConversationId> both = ids(InboxQuery.of(View.OPEN).unansweredSince(Map.of(MediaType.CHAT,
                t0.minusSeconds(48), MediaType.EMAIL, t0.minusSeconds(1_800))));

        assertEquals(List.of(oldChat), atRisk);
        assertEquals(Set.of(oldChat, oldEmail), Set.copyOf(both));
    }

    @Test
    void givenACustomerOnEmailAndSms_whenTheTimelineIsPaged_thenItSpansBothChannelsNewestFirst() {
        InboundReceipt mail = fixture.ingest(Inbound.email("<m1@x>", "anna@kund.se", "Order", t0, null));
        InboundReceipt sms = fixture.ingest(Inbound.sms("s1", "070-123 45 67", "SMS", t0.plusSeconds(10)));
        CustomerId anna = customerOf(mail);
        fixture.engine.mergeCustomers(anna, customerOf(sms)).join();
        fixture.ingest(Inbound.email("<m2@x>", "anna@kund.se", "Re: Order", t0.plusSeconds(20), "<m1@x>"));

        Page<Message> first = fixture.engine.timeline(anna, PageRequest.first(2));
        Page<Message> second = fixture.engine.timeline(anna, PageRequest.after(first.nextCursor().get(), 2));

        assertEquals(3, first.totalCount());
        assertEquals(List.of("<m2@x>", "s1"), remoteIds(first));
        assertEquals(List.of("<m1@x>"), remoteIds(second));
        assertFalse(second.hasNext());
    }

    @Test
    void givenAConversationWithManyMessages_whenPaged_thenAllArriveNewestFirstWithItsCount() {
        ConversationId chat = null;
        for (int i = 0; i < 5; i++) {
            chat = conversationOf(fixture.ingest(Inbound.chat("c" + i, "070-123 45 67", "rad " + i,
                    t0.plusSeconds(i))));
        }
        Page<Message> first = fixture.engine.messages(chat, PageRequest.first(3));
        Page<Message> second = fixture.engine.messages(chat, PageRequest.after(first.nextCursor().get(), 3));

        assertEquals(5, first.totalCount());
        assertEquals(List.of("c4", "c3", "c2"), remoteIds(first));
        assertEquals(List.of("c1", "c0"), remoteIds(second));
    }

    @Test
    void givenStoredMessages_whenSearching_thenAllWordsMustMatchTheLastAsPrefixAndAccentsAreIgnored() {
        fixture.ingest(Inbound.email("<m1@x>", "anna@kund.se", "Leverans till Göteborg", t0, null));
        fixture.ingest(Inbound.email("<m2@x>", "erik@kund.se", "Faktura", t0.plusSeconds(1), null)
                .text("Min leverans är sen"));
        fixture.ingest(Inbound.email("<m3@x>", "mia@kund.se", "Retur", t0.plusSeconds(2), null));

        assertEquals(List.of("<m2@x>", "<m1@x>"), remoteIds(search("leve")));
        assertEquals(List.of("<m1@x>"), remoteIds(search("goteborg leverans")));
        assertEquals(List.of("<m2@x>"), remoteIds(search("SEN min")));
        assertEquals(0, search("   ").totalCount());
        assertEquals(0, search("\"AND OR NEAR( *:^").totalCount(), "operators are plain text, not syntax");
    }

    @Test
    void givenManySearchHits_whenPaged_thenTheTotalIsExactAndPagesDoNotOverlap() {
        for (int i = 0; i < 5; i++) {
            fixture.ingest(Inbound.email("<m" + i + "@x>", "k" + i + "@kund.se", "Paket " + i, t0.plusSeconds(i),
                    null));
        }
        Page<Message> first = fixture.engine.search("paket", PageRequest.first(2));
        Page<Message> second = fixture.engine.search("paket", PageRequest.after(first.nextCursor().get(), 2));

        assertEquals(5, first.totalCount());
        assertEquals(List.of("<m4@x>", "<m3@x>"), remoteIds(first));
        assertEquals(List.of("<m2@x>", "<m1@x>"), remoteIds(second));
    }

    @Test
    void givenACursorThatIsForgedOrFromAnotherList_whenUsed_thenItIsRejected() {
        fixture.ingest(Inbound.sms("s1", "+46701234561", "A", t0));
        fixture.ingest(Inbound.sms("s2", "+46701234562", "B", t0));
        String inboxCursor = fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(1)).nextCursor()
                .orElseThrow();

        assertThrows(IllegalArgumentException.class,
                () -> fixture.engine.search("a", PageRequest.after(inboxCursor, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.after("c999", 1)));
    }

    @Test
    void givenUnknownIds_whenQueried_thenResultsAreEmptyNotErrors() {
        assertTrue(fixture.engine.conversation(new ConversationId(404)).isEmpty());
        assertEquals(0, fixture.engine.timeline(new CustomerId(404), PageRequest.first(5)).totalCount());
        assertEquals(0, fixture.engine.messages(new ConversationId(404), PageRequest.first(5)).totalCount());
    }

    private Page<Message> search(String text) {
        return fixture.engine.search(text, PageRequest.first(10));
    }

    private List<ConversationId> ids(InboxQuery query) {
        return fixture.engine.inbox(query, PageRequest.first(10)).items().stream().map(Conversation::id).toList();
    }

    private static List<String> remoteIds(Page<Message> page) {
        return page.items().stream().map(message -> message.remoteId().orElseThrow()).toList();
    }

    private static ConversationId conversationOf(InboundReceipt receipt) {
        return receipt.conversationId().orElseThrow();
    }

    private CustomerId customerOf(InboundReceipt receipt) {
        return fixture.engine.conversation(conversationOf(receipt)).orElseThrow().customerId();
    }
}
