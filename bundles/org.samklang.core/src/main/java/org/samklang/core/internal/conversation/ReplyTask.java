package org.samklang.core.internal.conversation;

import org.samklang.core.api.ChannelLimitException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.JournalEvent.MessageQueued;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.conversation.ReplyOptions.LastInbound;
import org.samklang.core.internal.outbox.ChannelLimits;
import org.samklang.core.internal.outbox.OutboxStore;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * Persists an agent's reply and its outbox entry in the writer's transaction; the outbox sends it after commit.
 * The outbound idempotency key is generated here once ({@code samklang-<uuid>}) and stays with the reply for good.
 */
final class ReplyTask {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ThreadKeys threadKeys;
    private final OutboxStore outbox;

    ReplyTask(ConversationStore conversations, MessageStore messages, ThreadKeys threadKeys, OutboxStore outbox) {
        this.conversations = conversations;
        this.messages = messages;
        this.threadKeys = threadKeys;
        this.outbox = outbox;
    }

    Message store(WriteTransaction transaction, ConversationId id, ReplyDraft draft, ReplyTarget target)
            throws SQLException {
        Optional<MessageId> earlier = outbox.findByClientKey(transaction, draft.clientKey());
        if (earlier.isPresent()) {
            return messages.read(transaction, earlier.get()).orElseThrow();
        }
        ConversationRow conversation = conversations.require(transaction, id);
        // The customer's last message on the reply's channel in any of their conversations: a reply by e-mail to
        // a caller goes to where they last wrote from, and reply windows count per customer and channel.
        Optional<LastInbound> last = ReplyOptions.lastInbound(transaction, conversation.customerId(),
                target.channelId());
        Address to = recipient(draft, last, target);
        checkReplyWindow(transaction.now(), last, target);
        Instant now = transaction.now();
        NewMessage message = new NewMessage(conversation.id(), conversation.customerId(), Direction.OUTBOUND,
                target.channelId(), target.mediaType(), Optional.empty(), Optional.empty(), List.of(to),
                draft.subject().orElse(replySubject(conversation.subject())), draft.text(), draft.richBody(),
                draft.attachments(), Map.of(), now, DeliveryState.QUEUED, false);
        MessageId messageId = messages.insert(transaction, message).orElseThrow();
        String key = "samklang-" + UUID.randomUUID();
        outbox.enqueue(transaction, messageId, draft.clientKey(), key, target.channelId(), now);
        threadKeys.add(transaction, target.channelId(), key, conversation.id());
        conversations.touch(transaction, conversation, now);
        transaction.record(seq -> new MessageQueued(seq, now, messageId, conversation.id(),
                conversation.customerId(), target.channelId()));
        return message.withId(messageId, now);
    }

    private static Address recipient(ReplyDraft draft, Optional<LastInbound> last, ReplyTarget target) {
        Address to = draft.to().or(() -> last.map(LastInbound::from)).orElseThrow(() -> new IllegalArgumentException(
                "the customer has not written on " + target.channelId() + " in this conversation; choose a"
                        + " recipient address"));
        if (to.scheme() == Address.Scheme.UNRESOLVED) {
            throw new IllegalArgumentException("cannot reply to the unresolved address " + to.value()
                    + "; merge the customer or choose a recipient address");
        }
        return to;
    }

    private static void checkReplyWindow(Instant now, Optional<LastInbound> last, ReplyTarget target) {
        // An unconnected channel declares nothing yet: the outbox checks its window when it sends.
        target.capabilities().flatMap(declared -> ChannelLimits.windowProblem(target.channelId(), declared,
                last.map(LastInbound::at), now)).ifPresent(problem -> {
                    throw new ChannelLimitException(problem);
                });
    }

    private static String replySubject(String subject) {
        if (subject.isEmpty() || subject.regionMatches(true, 0, "Re:", 0, 3)) {
            return subject;
        }
        return "Re: " + subject;
    }
}
