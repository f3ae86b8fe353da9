package org.samklang.core.internal.conversation;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.JournalEvent.MessageReceived;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundReceipt.Status;

/**
 * Stores one prepared inbound message inside the writer's transaction: dedup, identity, threading, insert, journal.
 * <p>
 * Threading rule, first match wins: (1) a thread key names a message or reply we know: join its conversation;
 * (2) the sender's most recent conversation on the same channel is open: join it; (3) that conversation was closed
 * less than the reopen window before this message: reopen it (state NEW); (4) start a new conversation. A thread
 * match to a conversation closed longer ago than the window falls through to (2). Withheld senders skip (2), (3).
 */
final class IngestTask {

    private final CustomerStore customers;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ThreadKeys threadKeys;
    private final Duration reopenWindow;

    IngestTask(CustomerStore customers, ConversationStore conversations, MessageStore messages,
            ThreadKeys threadKeys, Duration reopenWindow) {
        this.customers = customers;
        this.conversations = conversations;
        this.messages = messages;
        this.threadKeys = threadKeys;
        this.reopenWindow = reopenWindow;
    }

    InboundReceipt store(WriteTransaction transaction, PreparedInbound in) throws SQLException {
        Optional<MessageStore.MessageRef> known = messages.findByRemoteId(transaction, in.channelId(), in.remoteId());
        if (known.isPresent()) {
            return InboundReceipt.of(Status.DUPLICATE, known.get().id(), known.get().conversationId(),
                    "already stored");
        }
        CustomerId sender = customers.resolve(transaction, in.from());
        ConversationRow conversation = conversationFor(transaction, in, sender);
        NewMessage message = new NewMessage(conversation.id(), conversation.customerId(), Direction.INBOUND,
                in.channelId(), in.mediaType(), Optional.of(in.remoteId()), Optional.of(in.from().address()), in.to(),
                in.subject(), in.text(), in.richBody(), in.attachments(), in.metadata(), in.occurredAt(),
                DeliveryState.RECEIVED, in.truncated());
        MessageId id = messages.insert(transaction, message);
        conversations.touch(transaction, conversation.id(), in.occurredAt());
        transaction.record(seq -> new MessageReceived(seq, transaction.now(), id, conversation.id(),
                conversation.customerId(), in.channelId()));
        return InboundReceipt.of(Status.STORED, id, conversation.id(), String.join("; ", in.notes()));
    }

    private ConversationRow conversationFor(WriteTransaction transaction, PreparedInbound in, CustomerId sender)
            throws SQLException {
        Optional<ConversationRow> threaded = byThreadKey(transaction, in);
        if (threaded.isPresent() && joinable(threaded.get(), in.occurredAt())) {
            return reopenIfClosed(transaction, threaded.get());
        }
        if (!in.from().withheld()) {
            Optional<ConversationRow> latest = conversations.latestFor(transaction, sender, in.channelId());
            if (latest.isPresent() && joinable(latest.get(), in.occurredAt())) {
                return reopenIfClosed(transaction, latest.get());
            }
        }
        Optional<String> party = in.from().withheld() ? Optional.empty() : Optional.of(in.from().address().uri());
        return conversations.create(transaction, sender, in.channelId(), in.mediaType(), party, in.subject(),
                in.occurredAt());
    }

    private Optional<ConversationRow> byThreadKey(WriteTransaction transaction, PreparedInbound in)
            throws SQLException {
        for (String key : in.threadKeys()) {
            Optional<ConversationId> found = threadKeys.find(transaction, in.channelId(), key);
            if (found.isPresent()) {
                return conversations.findCurrent(transaction, found.get());
            }
        }
        return Optional.empty();
    }

    private boolean joinable(ConversationRow conversation, Instant messageAt) {
        if (conversation.state().isOpen()) {
            return true;
        }
        Instant closedAt = conversation.closedAt().orElse(conversation.lastActivityAt());
        return !messageAt.isAfter(closedAt.plus(reopenWindow));
    }

    private ConversationRow reopenIfClosed(WriteTransaction transaction, ConversationRow conversation)
            throws SQLException {
        if (!conversation.state().isOpen()) {
            conversations.changeState(transaction, conversation, ConversationState.NEW);
        }
        return conversation;
    }
}
