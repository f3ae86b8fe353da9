package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.MessageId;

class TimelineInterestTest {

    private static final Instant AT = Instant.EPOCH;
    private final TimelineInterest interest = new TimelineInterest(new CustomerId(1),
            Set.of(new ConversationId(10), new ConversationId(11)));

    @Test
    void messagesOfTheShownCustomerMatter() {
        assertTrue(interest.concerns(new JournalEvent.MessageReceived(1, AT, new MessageId(1),
                new ConversationId(99), new CustomerId(1), "email.support")));
        assertFalse(interest.concerns(new JournalEvent.MessageReceived(1, AT, new MessageId(1),
                new ConversationId(10), new CustomerId(2), "email.support")));
    }

    @Test
    void editsAndRetractionsOfTheShownCustomersMessagesMatter() {
        assertTrue(interest.concerns(new JournalEvent.MessageEdited(1, AT, new MessageId(1), new ConversationId(99),
                new CustomerId(1), "chat.web")));
        assertTrue(interest.concerns(new JournalEvent.MessageRetracted(1, AT, new MessageId(1),
                new ConversationId(99), new CustomerId(1), "social.x")));
        assertFalse(interest.concerns(new JournalEvent.MessageEdited(1, AT, new MessageId(1), new ConversationId(10),
                new CustomerId(2), "chat.web")));
    }

    @Test
    void deliveryAndStateChangesOfShownConversationsMatter() {
        assertTrue(interest.concerns(new JournalEvent.DeliveryStateChanged(1, AT, new MessageId(1),
                new ConversationId(11), DeliveryState.SENT, "")));
        assertFalse(interest.concerns(new JournalEvent.ConversationStateChanged(1, AT, new ConversationId(12),
                ConversationState.NEW, ConversationState.QUEUED)));
    }

    @Test
    void mergesAndSplitsOfTheCustomerMatterButPresenceDoesNot() {
        assertTrue(interest.concerns(new JournalEvent.CustomersMerged(1, AT, new CustomerId(5), new CustomerId(1))));
        assertTrue(interest.concerns(new JournalEvent.CustomerSplit(1, AT, new CustomerId(1), new CustomerId(6),
                List.of())));
        assertTrue(interest.concerns(new JournalEvent.ConversationsMerged(1, AT, new ConversationId(10),
                new ConversationId(50))));
        assertFalse(interest.concerns(new JournalEvent.PresenceChanged(1, AT, "karin", "AVAILABLE", "")));
    }
}
