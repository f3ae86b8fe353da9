package org.samklang.core.internal.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.store.ModelCodec;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * The outbox table beside the message rows: one entry per reply, pending while {@code next_attempt_at} is set.
 * A reply's delivery state lives on its message row; every change of it here writes its journal event.
 */
public final class OutboxStore {

    private static final String ENQUEUE = "INSERT INTO outbox(message_id, client_key, idempotency_key, channel_id,"
            + " attempts, next_attempt_at) VALUES (?, ?, ?, ?, 0, ?)";
    private static final String BY_CLIENT_KEY = "SELECT message_id FROM outbox WHERE client_key = ?";
    private static final String DUE = "SELECT o.message_id, m.conversation_id, o.idempotency_key, o.channel_id,"
            + " m.media_type, m.to_addresses, m.subject, m.body, m.rich_type, m.rich_body, m.attachments,"
            + " m.occurred_at, o.attempts FROM outbox o JOIN message m ON m.id = o.message_id"
            + " WHERE o.channel_id = ? AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at LIMIT ?";
    private static final String NEXT_DUE = "SELECT min(next_attempt_at) FROM outbox"
            + " WHERE channel_id = ? AND next_attempt_at IS NOT NULL";
    private static final String THREAD_KEYS = "SELECT remote_id FROM message"
            + " WHERE customer_id = (SELECT customer_id FROM conversation WHERE id = ?1) AND conversation_id = ?1"
            + " AND channel_id = ?2 AND remote_id IS NOT NULL ORDER BY occurred_at DESC, id DESC LIMIT 20";
    private static final String STATE = "SELECT o.attempts, o.next_attempt_at, m.delivery_state, m.conversation_id,"
            + " m.channel_id FROM outbox o JOIN message m ON m.id = o.message_id WHERE o.message_id = ?";
    private static final String SCHEDULE = "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?"
            + " WHERE message_id = ?";
    private static final String SET_STATE = "UPDATE message SET delivery_state = ? WHERE id = ?";
    private static final String CUSTOMER_LAST_WROTE = "SELECT occurred_at FROM message"
            + " WHERE customer_id = (SELECT customer_id FROM conversation WHERE id = ?) AND channel_id = ?"
            + " AND direction = 'INBOUND' ORDER BY occurred_at DESC, id DESC LIMIT 1";
    private static final String PENDING_BY_CHANNEL = "SELECT channel_id, count(*) FROM outbox"
            + " WHERE next_attempt_at IS NOT NULL GROUP BY channel_id";
    private static final String PENDING_SENDING = "SELECT o.message_id FROM outbox o JOIN message m"
            + " ON m.id = o.message_id WHERE o.next_attempt_at IS NOT NULL AND m.delivery_state = 'SENDING'";

    /** A reply's outbox state as the writer sees it. */
    record Entry(MessageId messageId, int attempts, Optional<Instant> nextAttemptAt, DeliveryState state,
            ConversationId conversationId, String channelId) {
    }

    /** Queues a persisted reply for its first attempt at {@code dueAt}. */
    public void enqueue(WriteTransaction transaction, MessageId messageId, String clientKey, String idempotencyKey,
            String channelId, Instant dueAt) throws SQLException {
        PreparedStatement insert = transaction.prepare(ENQUEUE);
        insert.setLong(1, messageId.value());
        insert.setString(2, clientKey);
        insert.setString(3, idempotencyKey);
        insert.setString(4, channelId);
        insert.setLong(5, dueAt.toEpochMilli());
        insert.executeUpdate();
    }

    /** {@return how many replies are still to be sent (queued or being sent), per channel id} */
    public Map<String, Long> pendingByChannel(SqlSession session) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rows = session.prepare(PENDING_BY_CHANNEL).executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** The reply stored earlier for this client key, if any. */
    public Optional<MessageId> findByClientKey(SqlSession session, String clientKey) throws SQLException {
        PreparedStatement query = session.prepare(BY_CLIENT_KEY);
        query.setString(1, clientKey);
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(new MessageId(row.getLong(1))) : Optional.empty();
        }
    }

    List<OutboxItem> due(SqlSession session, String channelId, Instant now, int limit) throws SQLException {
        PreparedStatement query = session.prepare(DUE);
        query.setString(1, channelId);
        query.setLong(2, now.toEpochMilli());
        query.setInt(3, limit);
        List<OutboxItem> items = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                items.add(new OutboxItem(new MessageId(rows.getLong(1)), new ConversationId(rows.getLong(2)),
                        rows.getString(3), rows.getString(4), MediaType.valueOf(rows.getString(5)),
                        ModelCodec.decodeAddresses(rows.getString(6)), rows.getString(7), rows.getString(8),
                        ModelCodec.richBody(rows.getString(9), rows.getString(10)),
                        ModelCodec.decodeAttachments(rows.getString(11)), Instant.ofEpochMilli(rows.getLong(12)),
                        rows.getInt(13)));
            }
        }
        return items;
    }

    Optional<Instant> nextDueAt(SqlSession session, String channelId) throws SQLException {
        PreparedStatement query = session.prepare(NEXT_DUE);
        query.setString(1, channelId);
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? SqlRows.optionalLong(row, 1).map(Instant::ofEpochMilli) : Optional.empty();
        }
    }

    /** Remote ids of the conversation's messages on the channel, oldest first (e-mail References). */
    List<String> threadKeys(SqlSession session, ConversationId conversation, String channelId) throws SQLException {
        PreparedStatement query = session.prepare(THREAD_KEYS);
        query.setLong(1, conversation.value());
        query.setString(2, channelId);
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        Collections.reverse(keys);
        return keys;
    }

    Optional<Entry> entry(SqlSession session, MessageId messageId) throws SQLException {
        PreparedStatement query = session.prepare(STATE);
        query.setLong(1, messageId.value());
        try (ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Entry(messageId, row.getInt(1),
                    SqlRows.optionalLong(row, 2).map(Instant::ofEpochMilli), DeliveryState.valueOf(row.getString(3)),
                    new ConversationId(row.getLong(4)), row.getString(5)));
        }
    }

    /** Sets attempts and the next attempt time ({@code null}: no more attempts). */
    void schedule(WriteTransaction transaction, Entry entry, int attempts, Instant nextAttemptAt, String lastError)
            throws SQLException {
        PreparedStatement update = transaction.prepare(SCHEDULE);
        update.setInt(1, attempts);
        SqlRows.setOptionalLong(update, 2, nextAttemptAt == null ? null : nextAttemptAt.toEpochMilli());
        update.setString(3, lastError);
        update.setLong(4, entry.messageId().value());
        update.executeUpdate();
    }

    /** Moves the message to {@code state} and journals it with {@code detail}. */
    void changeState(WriteTransaction transaction, Entry entry, DeliveryState state, String detail)
            throws SQLException {
        PreparedStatement update = transaction.prepare(SET_STATE);
        update.setString(1, state.name());
        update.setLong(2, entry.messageId().value());
        update.executeUpdate();
        transaction.record(seq -> new DeliveryStateChanged(seq, transaction.now(), entry.messageId(),
                entry.conversationId(), state, detail));
    }

    /** When the conversation's customer last wrote on the channel, in any of their conversations. */
    Optional<Instant> customerLastWrote(SqlSession session, ConversationId conversation, String channelId)
            throws SQLException {
        PreparedStatement query = session.prepare(CUSTOMER_LAST_WROTE);
        query.setLong(1, conversation.value());
        query.setString(2, channelId);
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(Instant.ofEpochMilli(row.getLong(1))) : Optional.empty();
        }
    }

    /** Replies whose attempt was under way when the engine stopped. */
    List<MessageId> interruptedAttempts(SqlSession session) throws SQLException {
        List<MessageId> ids = new ArrayList<>();
        try (ResultSet rows = session.prepare(PENDING_SENDING).executeQuery()) {
            while (rows.next()) {
                ids.add(new MessageId(rows.getLong(1)));
            }
        }
        return ids;
    }
}
