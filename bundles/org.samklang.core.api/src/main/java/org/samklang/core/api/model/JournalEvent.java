package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.internal.Checks;

/**
 * One change, as recorded in the journal: the append-only, sequence-numbered log every subscription is fed from.
 * <p>
 * Each event is written in the same transaction as the change it describes, so the journal and the store never
 * disagree. {@link #sequence()} is assigned by the engine: 1, 2, 3... without gaps, in commit order; a subscriber
 * that remembers the last sequence it saw resumes from there after a reconnect or restart and misses nothing.
 * Events are small: they name what changed; read the details through the services.
 */
public sealed interface JournalEvent {

    /** Position in the journal, 1 or more, without gaps. */
    long sequence();

    /** When the engine recorded the change (engine clock). */
    Instant at();

    /** An inbound message was stored ("message-in"). */
    record MessageReceived(long sequence, Instant at, MessageId messageId, ConversationId conversationId,
            CustomerId customerId, String channelId) implements JournalEvent {

        public MessageReceived {
            check(sequence, at);
            Checks.notNull(messageId, "messageId");
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(customerId, "customerId");
            Checks.notBlank(channelId, "channelId");
        }
    }

    /**
     * The sender edited a message they sent ("message-edited"): its text is the new one now, the one before is kept
     * in the store. Read the message again through {@code ConversationService.message}.
     */
    record MessageEdited(long sequence, Instant at, MessageId messageId, ConversationId conversationId,
            CustomerId customerId, String channelId) implements JournalEvent {

        public MessageEdited {
            check(sequence, at);
            Checks.notNull(messageId, "messageId");
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(customerId, "customerId");
            Checks.notBlank(channelId, "channelId");
        }
    }

    /** The sender took a message back ("message-retracted"), e.g. deleted a post; its text is kept for the record. */
    record MessageRetracted(long sequence, Instant at, MessageId messageId, ConversationId conversationId,
            CustomerId customerId, String channelId) implements JournalEvent {

        public MessageRetracted {
            check(sequence, at);
            Checks.notNull(messageId, "messageId");
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(customerId, "customerId");
            Checks.notBlank(channelId, "channelId");
        }
    }

    /** An agent's reply was persisted in the outbox and will be sent ("message-out"); its state is QUEUED. */
    record MessageQueued(long sequence, Instant at, MessageId messageId, ConversationId conversationId,
            CustomerId customerId, String channelId) implements JournalEvent {

        public MessageQueued {
            check(sequence, at);
            Checks.notNull(messageId, "messageId");
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(customerId, "customerId");
            Checks.notBlank(channelId, "channelId");
        }
    }

    /** An outbound message moved to another delivery state; {@code detail} says why (failure reason, retry). */
    record DeliveryStateChanged(long sequence, Instant at, MessageId messageId, ConversationId conversationId,
            DeliveryState state, String detail) implements JournalEvent {

        public DeliveryStateChanged {
            check(sequence, at);
            Checks.notNull(messageId, "messageId");
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(state, "state");
            Checks.notNull(detail, "detail");
        }
    }

    /** A conversation was created (state NEW). */
    record ConversationOpened(long sequence, Instant at, ConversationId conversationId, CustomerId customerId,
            String channelId, MediaType mediaType) implements JournalEvent {

        public ConversationOpened {
            check(sequence, at);
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(customerId, "customerId");
            Checks.notBlank(channelId, "channelId");
            Checks.notNull(mediaType, "mediaType");
        }
    }

    /** A conversation moved from one state to another (including a reopen from CLOSED to NEW). */
    record ConversationStateChanged(long sequence, Instant at, ConversationId conversationId,
            ConversationState previous, ConversationState current) implements JournalEvent {

        public ConversationStateChanged {
            check(sequence, at);
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(previous, "previous");
            Checks.notNull(current, "current");
        }
    }

    /** A conversation was assigned to an agent, or unassigned ({@code assignee} empty). */
    record ConversationAssigned(long sequence, Instant at, ConversationId conversationId, Optional<String> assignee)
            implements
                JournalEvent {

        public ConversationAssigned {
            check(sequence, at);
            Checks.notNull(conversationId, "conversationId");
            Checks.notNull(assignee, "assignee");
        }
    }

    /**
     * Routing placed a conversation in a queue, with that queue's skills, priority and SLA deadline (read them
     * through {@code ConversationService.conversation}).
     *
     * @param queueId the queue it now waits in
     */
    record ConversationRouted(long sequence, Instant at, ConversationId conversationId, String queueId)
            implements
                JournalEvent {

        public ConversationRouted {
            check(sequence, at);
            Checks.notNull(conversationId, "conversationId");
            Checks.notBlank(queueId, "queueId");
        }
    }

    /**
     * A conversation's tags were replaced.
     *
     * @param tags all its tags now, sorted; empty when the last one was removed
     */
    record ConversationTagged(long sequence, Instant at, ConversationId conversationId, Set<String> tags)
            implements
                JournalEvent {

        public ConversationTagged {
            check(sequence, at);
            Checks.notNull(conversationId, "conversationId");
            tags = Conversation.normalizeTags(tags);
        }
    }

    /** All messages of {@code source} moved into {@code target}; {@code source} is gone from every list. */
    record ConversationsMerged(long sequence, Instant at, ConversationId target, ConversationId source)
            implements
                JournalEvent {

        public ConversationsMerged {
            check(sequence, at);
            Checks.notNull(target, "target");
            Checks.notNull(source, "source");
        }
    }

    /** Identity resolution created a customer for an address it had not seen. */
    record CustomerCreated(long sequence, Instant at, CustomerId customerId) implements JournalEvent {

        public CustomerCreated {
            check(sequence, at);
            Checks.notNull(customerId, "customerId");
        }
    }

    /**
     * A customer the desk knew only by an address got a name ("customer-renamed"), e.g. from the CRM for a caller who
     * had only a number; read the customer for the rest.
     */
    record CustomerRenamed(long sequence, Instant at, CustomerId customerId, String displayName)
            implements
                JournalEvent {

        public CustomerRenamed {
            check(sequence, at);
            Checks.notNull(customerId, "customerId");
            Checks.notBlank(displayName, "displayName");
        }
    }

    /** Everything of {@code absorbed} (addresses, conversations, messages) now belongs to {@code survivor}. */
    record CustomersMerged(long sequence, Instant at, CustomerId survivor, CustomerId absorbed)
            implements
                JournalEvent {

        public CustomersMerged {
            check(sequence, at);
            Checks.notNull(survivor, "survivor");
            Checks.notNull(absorbed, "absorbed");
        }
    }

    /** {@code movedAddresses} and their conversations moved from {@code source} to the new {@code created}. */
    record CustomerSplit(long sequence, Instant at, CustomerId source, CustomerId created,
            List<Address> movedAddresses) implements JournalEvent {

        public CustomerSplit {
            check(sequence, at);
            Checks.notNull(source, "source");
            Checks.notNull(created, "created");
            movedAddresses = Checks.copyOf(movedAddresses, "movedAddresses");
        }
    }

    /**
     * A person's presence changed, as recorded by the presence engine.
     *
     * @param personId the person (agent or colleague) whose presence changed
     * @param state    the presence state's name, e.g. {@code AVAILABLE}
     * @param detail   reason and until-time as the presence engine words them; may be empty
     */
    record PresenceChanged(long sequence, Instant at, String personId, String state, String detail)
            implements
                JournalEvent {

        public PresenceChanged {
            check(sequence, at);
            Checks.notBlank(personId, "personId");
            Checks.notBlank(state, "state");
            Checks.notNull(detail, "detail");
        }
    }

    private static void check(long sequence, Instant at) {
        if (sequence < 1) {
            throw new IllegalArgumentException("journal sequence must be 1 or more, got " + sequence);
        }
        Checks.notNull(at, "at");
    }
}
