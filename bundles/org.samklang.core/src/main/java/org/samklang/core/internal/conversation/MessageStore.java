package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;
import org.samklang.core.internal.store.FieldCodec;
import org.samklang.core.internal.store.ModelCodec;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.internal.store.WriterCache;

/**
 * Message rows: insert, find by the channel's remote id, and map rows to {@link Message}.
 * <p>
 * The writer remembers recently stored remote ids in a bounded cache, since answers and re-deliveries usually name
 * recent messages; conversation merges and rollbacks call {@link #forgetCached()}.
 */
final class MessageStore {

    private static final int CACHED_REMOTE_IDS = 32_768;

    static final String COLUMNS = "id, conversation_id, customer_id, direction, channel_id, media_type, remote_id,"
            + " from_address, to_addresses, subject, body, rich_type, rich_body, attachments, metadata, occurred_at,"
            + " recorded_at, delivery_state, truncated, edited_at, retracted_at,"
            + " (SELECT last_error FROM outbox WHERE outbox.message_id = message.id"
            + " AND message.delivery_state = 'FAILED')";
    // The conflict target names only the remote-id index: a clash on the id itself must fail loudly, never pass
    // for a duplicate.
    private static final String INSERT = "INSERT INTO message(id, conversation_id, customer_id, direction,"
            + " channel_id, media_type, remote_id, from_address, to_addresses, subject, body, rich_type, rich_body,"
            + " attachments, metadata, occurred_at, recorded_at, delivery_state, truncated)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (channel_id, remote_id) WHERE remote_id IS NOT NULL DO NOTHING";
    private static final String NEWEST_ID = "SELECT coalesce(max(id), 0) FROM message";
    private static final String BY_REMOTE_ID = "SELECT id, conversation_id FROM message"
            + " WHERE channel_id = ? AND remote_id = ?";
    private static final String READ = "SELECT " + COLUMNS + " FROM message WHERE id = ?";

    private final WriterCache<String, MessageRef> byRemoteId = new WriterCache<>(CACHED_REMOTE_IDS);
    /** The writer's last used message id; 0 = read it from the store first (at start and after a rollback). */
    private long lastId;

    /** A stored message's id and conversation. */
    record MessageRef(MessageId id, ConversationId conversationId) {
    }

    /**
     * Inserts the message; empty, with nothing written, if the channel already handed in a message with this remote
     * id (the unique index decides, so no lookup is needed first). The full-text index picks the message up after
     * commit ({@link org.samklang.core.internal.store.SearchIndexer}).
     * <p>
     * The writer numbers messages itself (one more than the last), so the insert needs no RETURNING result set;
     * ids still only grow, which the search indexer relies on.
     */
    Optional<MessageId> insert(WriteTransaction transaction, NewMessage message) throws SQLException {
        long id = nextId(transaction);
        PreparedStatement insert = transaction.prepare(INSERT);
        insert.setLong(1, id);
        insert.setLong(2, message.conversationId().value());
        insert.setLong(3, message.customerId().value());
        insert.setString(4, message.direction().name());
        insert.setString(5, message.channelId());
        insert.setString(6, message.mediaType().name());
        insert.setString(7, message.remoteId().orElse(null));
        insert.setString(8, message.from().map(Address::uri).orElse(null));
        insert.setString(9, ModelCodec.encodeAddresses(message.to()));
        insert.setString(10, message.subject());
        insert.setString(11, message.text());
        insert.setString(12, message.richBody().map(RichBody::mimeType).orElse(null));
        insert.setString(13, message.richBody().map(RichBody::content).orElse(null));
        insert.setString(14, ModelCodec.encodeAttachments(message.attachments()));
        insert.setString(15, FieldCodec.encodeMap(message.metadata()));
        insert.setLong(16, message.occurredAt().toEpochMilli());
        insert.setLong(17, transaction.now().toEpochMilli());
        insert.setString(18, message.deliveryState().name());
        insert.setInt(19, message.truncated() ? 1 : 0);
        if (insert.executeUpdate() == 0) {
            return Optional.empty();
        }
        lastId = id;
        MessageId stored = new MessageId(id);
        message.remoteId().ifPresent(remote -> byRemoteId.put(key(message.channelId(), remote),
                new MessageRef(stored, message.conversationId())));
        return Optional.of(stored);
    }

    private long nextId(WriteTransaction transaction) throws SQLException {
        if (lastId == 0) {
            lastId = SqlRows.singleLong(transaction.prepare(NEWEST_ID));
        }
        return lastId + 1;
    }

    /** The message a channel already handed in under {@code remoteId}, if any. */
    Optional<MessageRef> findByRemoteId(SqlSession session, String channelId, String remoteId) throws SQLException {
        boolean writer = session instanceof WriteTransaction;
        if (writer) {
            Optional<MessageRef> cached = byRemoteId.get(key(channelId, remoteId));
            if (cached.isPresent()) {
                return cached;
            }
        }
        PreparedStatement query = session.prepare(BY_REMOTE_ID);
        query.setString(1, channelId);
        query.setString(2, remoteId);
        try (ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            MessageRef found = new MessageRef(new MessageId(row.getLong(1)), new ConversationId(row.getLong(2)));
            if (writer) {
                byRemoteId.put(key(channelId, remoteId), found);
            }
            return Optional.of(found);
        }
    }

    /** Drops the writer's cached remote ids and last id: after conversation merges and rollbacks. */
    void forgetCached() {
        byRemoteId.clear();
        lastId = 0;
    }

    private static String key(String channelId, String remoteId) {
        return channelId.length() + ":" + channelId + remoteId;
    }

    Optional<Message> read(SqlSession session, MessageId id) throws SQLException {
        PreparedStatement query = session.prepare(READ);
        query.setLong(1, id.value());
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** Reads the {@link #COLUMNS} of the current row. */
    static Message read(ResultSet rows) throws SQLException {
        return new Message(new MessageId(rows.getLong(1)), new ConversationId(rows.getLong(2)),
                new CustomerId(rows.getLong(3)), Direction.valueOf(rows.getString(4)), rows.getString(5),
                MediaType.valueOf(rows.getString(6)), Optional.ofNullable(rows.getString(7)),
                Optional.ofNullable(rows.getString(8)).map(Address::parseUri),
                ModelCodec.decodeAddresses(rows.getString(9)),
                rows.getString(10), rows.getString(11), ModelCodec.richBody(rows.getString(12), rows.getString(13)),
                ModelCodec.decodeAttachments(rows.getString(14)), FieldCodec.decodeMap(rows.getString(15)),
                Instant.ofEpochMilli(rows.getLong(16)), Instant.ofEpochMilli(rows.getLong(17)),
                DeliveryState.valueOf(rows.getString(18)), rows.getInt(19) != 0,
                SqlRows.optionalLong(rows, 20).map(Instant::ofEpochMilli),
                SqlRows.optionalLong(rows, 21).map(Instant::ofEpochMilli), Optional.ofNullable(rows.getString(22)));
    }
}
