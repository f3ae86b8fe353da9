package org.samklang.core.internal.conversation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.JournalEvent.MessageQueued;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.identity.NormalizedAddress;
import org.samklang.core.internal.outbox.OutboxStore;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * Stores a conversation we start, in the writer's transaction: the recipient's identity (found or created), a new
 * conversation on the channel, the outbound message and its outbox entry, with their journal events. The outbox
 * sends it after commit, exactly as it sends replies.
 */
final class OutboundStart {

    private final CustomerStore customers;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ThreadKeys threadKeys;
    private final OutboxStore outbox;

    OutboundStart(CustomerStore customers, ConversationStore conversations, MessageStore messages,
            ThreadKeys threadKeys, OutboxStore outbox) {
        this.customers = customers;
        this.conversations = conversations;
        this.messages = messages;
        this.threadKeys = threadKeys;
        this.outbox = outbox;
    }

    Message store(WriteTransaction transaction, NewOutbound request) throws SQLException {
        Optional<MessageId> earlier = outbox.findByClientKey(transaction, request.clientKey());
        if (earlier.isPresent()) {
            return messages.read(transaction, earlier.get()).orElseThrow();
        }
        Instant now = transaction.now();
        CustomerId recipient = customers.resolve(transaction, new NormalizedAddress(request.to(), Optional.empty(),
                false, request.displayName()));
        ConversationRow conversation = conversations.create(transaction, recipient, request.channelId(),
                request.mediaType(), Optional.of(request.to().uri()), request.subject(), now);
        NewMessage message = new NewMessage(conversation.id(), recipient, Direction.OUTBOUND, request.channelId(),
                request.mediaType(), Optional.empty(), Optional.empty(), List.of(request.to()), request.subject(),
                request.text(), Optional.empty(), List.of(), request.metadata(), now, DeliveryState.QUEUED, false);
        MessageId messageId = messages.insert(transaction, message).orElseThrow();
        String key = "samklang-" + UUID.randomUUID();
        outbox.enqueue(transaction, messageId, request.clientKey(), key, request.channelId(), now);
        threadKeys.add(transaction, request.channelId(), key, conversation.id());
        conversations.touch(transaction, conversation, now);
        transaction.record(seq -> new MessageQueued(seq, now, messageId, conversation.id(), recipient,
                request.channelId()));
        if (request.closeAtOnce()) {
            conversations.changeState(transaction, conversation, ConversationState.CLOSED);
        }
        return message.withId(messageId, now);
    }
}
