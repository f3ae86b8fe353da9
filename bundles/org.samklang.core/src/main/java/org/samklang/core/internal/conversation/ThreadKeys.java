package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * Finds the conversation a thread key points to. Inbound messages' remote ids are thread keys through the message
 * table's unique index; outbound idempotency keys and the remote ids channels report for sent replies are kept in
 * the thread_key table, so a customer's answer to our reply finds its conversation too.
 */
final class ThreadKeys {

    private static final String ADD = "INSERT OR IGNORE INTO thread_key(channel_id, key, conversation_id)"
            + " VALUES (?, ?, ?)";
    private static final String FIND = "SELECT conversation_id FROM thread_key WHERE channel_id = ? AND key = ?";
    private static final String MOVE = "UPDATE thread_key SET conversation_id = ? WHERE conversation_id = ?";

    private final MessageStore messages;

    ThreadKeys(MessageStore messages) {
        this.messages = messages;
    }

    Optional<ConversationId> find(SqlSession session, String channelId, String key) throws SQLException {
        Optional<MessageStore.MessageRef> message = messages.findByRemoteId(session, channelId, key);
        if (message.isPresent()) {
            return Optional.of(message.get().conversationId());
        }
        PreparedStatement query = session.prepare(FIND);
        query.setString(1, channelId);
        query.setString(2, key);
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(new ConversationId(row.getLong(1))) : Optional.empty();
        }
    }

    /** Remembers {@code key}; the first conversation to claim a key keeps it. */
    void add(WriteTransaction transaction, String channelId, String key, ConversationId conversation)
            throws SQLException {
        PreparedStatement insert = transaction.prepare(ADD);
        insert.setString(1, channelId);
        insert.setString(2, key);
        insert.setLong(3, conversation.value());
        insert.executeUpdate();
    }

    /** Points every key of {@code source} at {@code target} (after a conversation merge). */
    void move(WriteTransaction transaction, ConversationId source, ConversationId target) throws SQLException {
        PreparedStatement update = transaction.prepare(MOVE);
        update.setLong(1, target.value());
        update.setLong(2, source.value());
        update.executeUpdate();
    }
}
