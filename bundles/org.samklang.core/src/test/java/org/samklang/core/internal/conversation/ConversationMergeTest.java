package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.InboxQuery.View;
import org.samklang.core.api.model.JournalEvent.ConversationAssigned;
import org.samklang.core.api.model.JournalEvent.ConversationsMerged;
import org.samklang.core.api.model.PageRequest;

class ConversationMergeTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenTwoEmailThreadsOfOneCustomer_whenMerged_thenAllMessagesAreInTheTargetAndTheSourceIdLeadsThere() {
        ConversationId target = conversation("<a1@x>", "Order", null);
        ConversationId source = laterConversation(target, "<b1@x>", "Faktura");

        Conversation merged = fixture.engine.mergeConversations(target, source).join();

        assertEquals(target, merged.id());
        assertEquals(2, merged.messageCount());
        assertEquals(List.of("<b1@x>", "<a1@x>"), fixture.engine.messages(target, PageRequest.first(10)).items()
                .stream().map(m -> m.remoteId().orElseThrow()).toList());
        assertEquals(target, fixture.engine.conversation(source).orElseThrow().id());
        assertEquals(List.of(target), fixture.engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(10))
                .items().stream().map(Conversation::id).toList());
        assertTrue(fixture.lastEvent() instanceof ConversationsMerged event && event.source().equals(source));
    }

    @Test
    void givenAMergedSource_whenTheCustomerRepliesToItsOldThread_thenTheReplyLandsInTheTarget() {
        ConversationId target = conversation("<a1@x>", "Order", null);
        ConversationId source = laterConversation(target, "<b1@x>", "Faktura");
        fixture.engine.mergeConversations(target, source).join();

        ConversationId reply = conversation("<b2@x>", "Re: Faktura", "<b1@x>");

        assertEquals(target, reply);
    }

    @Test
    void givenAClosedTargetAndAnOpenSource_whenMerged_thenTheOpenWorkDoesNotDisappear() {
        ConversationId target = conversation("<a1@x>", "Order", null);
        ConversationId source = laterConversation(target, "<b1@x>", "Faktura");
        fixture.engine.changeState(source, ConversationState.ACTIVE).join();

        Conversation merged = fixture.engine.mergeConversations(target, source).join();

        assertEquals(ConversationState.ACTIVE, merged.state());
    }

    @Test
    void givenConversationsOfTwoCustomers_whenMerged_thenTheMergeIsRefused() {
        ConversationId anna = conversation("<a1@x>", "Order", null);
        ConversationId erik = fixture.ingest(Inbound.email("<e1@x>", "erik@kund.se", "Hej", fixture.clock.instant(),
                null))
                .conversationId().orElseThrow();

        CompletionException error = assertThrows(CompletionException.class,
                () -> fixture.engine.mergeConversations(anna, erik).join());
        assertTrue(error.getCause().getMessage().contains("merge the customers first"), error.getMessage());
    }

    @Test
    void givenAConversation_whenAssignedTwiceToTheSameAgent_thenOnlyOneAssignmentEventIsWritten() {
        ConversationId id = conversation("<a1@x>", "Order", null);

        fixture.engine.assign(id, Optional.of("karin")).join();
        long afterFirst = fixture.engine.lastSequence();
        Conversation again = fixture.engine.assign(id, Optional.of("karin")).join();

        assertEquals(Optional.of("karin"), again.assignee());
        assertEquals(afterFirst, fixture.engine.lastSequence());
        assertTrue(fixture.lastEvent() instanceof ConversationAssigned);
        assertTrue(fixture.engine.assign(id, Optional.empty()).join().assignee().isEmpty());
    }

    private ConversationId conversation(String messageId, String subject, String inReplyTo) {
        return fixture.ingest(Inbound.email(messageId, "anna@kund.se", subject, fixture.clock.instant(), inReplyTo))
                .conversationId().orElseThrow();
    }

    /** A second conversation of the same customer: the first is closed and the reopen window has passed. */
    private ConversationId laterConversation(ConversationId first, String messageId, String subject) {
        fixture.engine.close(first).join();
        fixture.clock.advance(Duration.ofDays(4));
        ConversationId second = conversation(messageId, subject, null);
        assertNotEquals(first, second);
        return second;
    }
}
