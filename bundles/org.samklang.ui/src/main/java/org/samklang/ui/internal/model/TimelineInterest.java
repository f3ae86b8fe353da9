package org.samklang.ui.internal.model;

import java.util.Objects;
import java.util.Set;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent;

/**
 * Which journal events change what the conversation part shows: messages of the shown customer, state and
 * delivery changes of the conversations on screen, and merges or splits that move them.
 * <p>
 * Immutable, so the part publishes a new one when the selection changes and the journal thread reads it safely.
 *
 * @param customer      the customer whose timeline is shown
 * @param conversations the selected conversation and those of the shown messages
 */
public record TimelineInterest(CustomerId customer, Set<ConversationId> conversations) {

    public TimelineInterest {
        Objects.requireNonNull(customer, "customer");
        conversations = Set.copyOf(conversations);
    }

    /** {@return whether {@code event} may change the shown header or timeline} */
    public boolean concerns(JournalEvent event) {
        return switch (event) {
            case JournalEvent.MessageReceived e -> customer.equals(e.customerId());
            case JournalEvent.MessageQueued e -> customer.equals(e.customerId());
            case JournalEvent.MessageEdited e -> customer.equals(e.customerId());
            case JournalEvent.MessageRetracted e -> customer.equals(e.customerId());
            case JournalEvent.DeliveryStateChanged e -> conversations.contains(e.conversationId());
            case JournalEvent.ConversationStateChanged e -> conversations.contains(e.conversationId());
            case JournalEvent.ConversationAssigned e -> conversations.contains(e.conversationId());
            case JournalEvent.ConversationOpened e -> customer.equals(e.customerId());
            case JournalEvent.ConversationRouted e -> conversations.contains(e.conversationId());
            case JournalEvent.ConversationTagged e -> conversations.contains(e.conversationId());
            case JournalEvent.ConversationsMerged e ->
                conversations.contains(e.target()) || conversations.contains(e.source());
            case JournalEvent.CustomersMerged e -> customer.equals(e.survivor()) || customer.equals(e.absorbed());
            case JournalEvent.CustomerSplit e -> customer.equals(e.source()) || customer.equals(e.created());
            case JournalEvent.CustomerCreated e -> false;
            case JournalEvent.CustomerRenamed e -> customer.equals(e.customerId());
            case JournalEvent.PresenceChanged e -> false;
        };
    }
}
