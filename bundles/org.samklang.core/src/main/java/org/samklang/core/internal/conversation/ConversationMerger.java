package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.JournalEvent.ConversationsMerged;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * Merges one conversation into another of the same customer: messages and thread keys move, counts add up, the
 * source stays as a pointer to the target so its id keeps working. Nothing is deleted.
 */
final class ConversationMerger {

    private static final String MOVE_MESSAGES = "UPDATE message SET conversation_id = ?"
            + " WHERE customer_id = ? AND conversation_id = ?";
    private static final String GROW_TARGET = "UPDATE conversation SET message_count = message_count + ?,"
            + " last_activity_at = max(last_activity_at, ?) WHERE id = ?";
    private static final String RETIRE_SOURCE = "UPDATE conversation SET open = " + ConversationStore.MERGED
            + ", state = '" + ConversationState.CLOSED.name() + "', merged_into = ?1, closed_at = ?2"
            + " WHERE id = ?3 OR merged_into = ?3";

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ThreadKeys threadKeys;

    ConversationMerger(ConversationStore conversations, MessageStore messages, ThreadKeys threadKeys) {
        this.conversations = conversations;
        this.messages = messages;
        this.threadKeys = threadKeys;
    }

    /** Returns the target's id; idempotent when {@code source} is already merged into it. */
    ConversationId merge(WriteTransaction transaction, ConversationId targetId, ConversationId sourceId)
            throws SQLException {
        if (targetId.equals(sourceId)) {
            throw new IllegalArgumentException("cannot merge " + targetId + " with itself");
        }
        ConversationRow target = conversations.require(transaction, targetId);
        ConversationRow source = conversations.require(transaction, sourceId);
        if (target.id().equals(source.id())) {
            return target.id();
        }
        if (!target.customerId().equals(source.customerId())) {
            throw new IllegalArgumentException(target.id() + " and " + source.id() + " belong to different customers"
                    + " (" + target.customerId() + ", " + source.customerId() + "); merge the customers first");
        }
        PreparedStatement move = transaction.prepare(MOVE_MESSAGES);
        move.setLong(1, target.id().value());
        move.setLong(2, target.customerId().value());
        move.setLong(3, source.id().value());
        move.executeUpdate();
        threadKeys.move(transaction, source.id(), target.id());
        PreparedStatement grow = transaction.prepare(GROW_TARGET);
        grow.setInt(1, source.messageCount());
        grow.setLong(2, source.lastActivityAt().toEpochMilli());
        grow.setLong(3, target.id().value());
        grow.executeUpdate();
        PreparedStatement retire = transaction.prepare(RETIRE_SOURCE);
        retire.setLong(1, target.id().value());
        retire.setLong(2, transaction.now().toEpochMilli());
        retire.setLong(3, source.id().value());
        retire.executeUpdate();
        conversations.forgetCached();
        messages.forgetCached();
        if (!target.state().isOpen() && source.state().isOpen()) {
            // Open work must not vanish into a closed conversation.
            conversations.changeState(transaction, target, source.state());
        }
        transaction.record(seq -> new ConversationsMerged(seq, transaction.now(), target.id(), source.id()));
        return target.id();
    }
}
