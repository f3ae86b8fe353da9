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
import org.samklang.core.internal.calls.CallStates;
import org.samklang.core.internal.conversation.MessageStore.MessageRef;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundReceipt.Status;

/**
 * Stores one prepared inbound message inside the writer's transaction: dedup, identity, threading, insert, journal.
 * <p>
 * Threading rule, first match wins: (1) a thread key names a message or reply we know: join its conversation;
 * (2) the sender's most recent conversation on the same channel is open: join it; (3) that conversation was closed
 * less than the reopen window before this message: reopen it (state NEW, opened at this message: the customer waits
 * anew); (4) start a new conversation. A thread match to a conversation closed longer ago than the window falls
 * through to (2). Withheld senders skip (2), (3). Only a new contact reopens: the later events of a call join its
 * conversation as they are, and move it as the call goes ({@link CallStates}).
 * <p>
 * Dedup costs no lookup when the message joins an existing conversation: the insert itself skips a known
 * (channel, remote id), and nothing else has been written by then. Only when a customer or conversation must be
 * created first is the remote id looked up before, so a duplicate never creates anything.
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
        Optional<CustomerId> sender = in.from().withheld()
                ? Optional.empty()
                : customers.owner(transaction, in.from().address());
        Optional<ConversationRow> joined = existingConversation(transaction, in, sender);
        if (joined.isEmpty()) {
            Optional<MessageRef> known = messages.findByRemoteId(transaction, in.channelId(), in.remoteId());
            if (known.isPresent()) {
                return duplicate(known.get());
            }
        }
        ConversationRow conversation = joined.isPresent() ? joined.get() : create(transaction, in, sender);
        Optional<MessageId> inserted = messages.insert(transaction, message(in, conversation));
        if (inserted.isEmpty()) {
            return duplicate(messages.findByRemoteId(transaction, in.channelId(), in.remoteId()).orElseThrow());
        }
        if (sender.isEmpty() && !in.from().withheld() && joined.isPresent()) {
            // A new address answering in a known thread (a colleague in CC) still becomes a known identity.
            customers.resolve(transaction, in.from());
        }
        if (!conversation.state().isOpen() && CallStates.isNewContact(in.metadata())) {
            conversations.reopen(transaction, conversation, in.occurredAt());
        }
        conversations.touch(transaction, conversation, in.occurredAt());
        followCall(transaction, conversation.id(), in);
        MessageId id = inserted.get();
        transaction.record(seq -> new MessageReceived(seq, transaction.now(), id, conversation.id(),
                conversation.customerId(), in.channelId()));
        return InboundReceipt.of(Status.STORED, id, conversation.id(), String.join("; ", in.notes()));
    }

    /** A call's item moves its conversation as the call goes ({@link CallStates}), in this same transaction. */
    private void followCall(WriteTransaction transaction, ConversationId id, PreparedInbound in)
            throws SQLException {
        ConversationRow now = conversations.require(transaction, id);
        Optional<ConversationState> next = CallStates.after(in.metadata(), now.state());
        if (next.isEmpty()) {
            return;
        }
        if (next.get() == ConversationState.NEW) {
            conversations.reopen(transaction, now, in.occurredAt()); // a new call: the customer waits again
        } else {
            conversations.changeState(transaction, now, next.get());
        }
    }

    /** The conversation the message joins (possibly closed, to be reopened), without writing anything. */
    private Optional<ConversationRow> existingConversation(WriteTransaction transaction, PreparedInbound in,
            Optional<CustomerId> sender) throws SQLException {
        Optional<ConversationRow> threaded = byThreadKey(transaction, in);
        if (threaded.isPresent() && joinable(threaded.get(), in.occurredAt())) {
            return threaded;
        }
        if (sender.isPresent()) {
            Optional<ConversationRow> latest = conversations.latestFor(transaction, sender.get(), in.channelId());
            if (latest.isPresent() && joinable(latest.get(), in.occurredAt())) {
                return latest;
            }
        }
        return Optional.empty();
    }

    private ConversationRow create(WriteTransaction transaction, PreparedInbound in, Optional<CustomerId> sender)
            throws SQLException {
        CustomerId customer = sender.isPresent() ? sender.get() : customers.resolve(transaction, in.from());
        Optional<String> party = in.from().withheld() ? Optional.empty() : Optional.of(in.from().address().uri());
        return conversations.create(transaction, customer, in.channelId(), in.mediaType(), party, in.subject(),
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

    private static NewMessage message(PreparedInbound in, ConversationRow conversation) {
        return new NewMessage(conversation.id(), conversation.customerId(), Direction.INBOUND, in.channelId(),
                in.mediaType(), Optional.of(in.remoteId()), Optional.of(in.from().address()), in.to(), in.subject(),
                in.text(), in.richBody(), in.attachments(), in.metadata(), in.occurredAt(), DeliveryState.RECEIVED,
                in.truncated());
    }

    private static InboundReceipt duplicate(MessageRef known) {
        return InboundReceipt.of(Status.DUPLICATE, known.id(), known.conversationId(), "already stored");
    }
}
