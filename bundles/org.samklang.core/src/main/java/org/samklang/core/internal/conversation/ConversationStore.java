package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent.ConversationAssigned;
import org.samklang.core.api.model.JournalEvent.ConversationOpened;
import org.samklang.core.api.model.JournalEvent.ConversationStateChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;

/** Conversation rows: create, find, touch on new messages, change state and assignee, each with its event. */
final class ConversationStore {

    /** Values of the {@code open} column: one indexed column serves the open, closed and merged-away lists. */
    static final int OPEN = 1;
    static final int CLOSED = 0;
    static final int MERGED = -1;

    static final String COLUMNS = "id, customer_id, channel_id, media_type, party, subject, state, assignee,"
            + " opened_at, last_activity_at, closed_at, message_count, merged_into";
    private static final String FIND = "SELECT " + COLUMNS + " FROM conversation WHERE id = ?";
    private static final String LATEST_FOR = "SELECT " + COLUMNS + " FROM conversation"
            + " WHERE customer_id = ? AND channel_id = ? AND merged_into IS NULL"
            + " ORDER BY last_activity_at DESC LIMIT 1";
    private static final String INSERT = "INSERT INTO conversation(customer_id, channel_id, media_type, party,"
            + " subject, state, open, opened_at, last_activity_at, message_count) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, 0)"
            + " RETURNING id";
    private static final String TOUCH = "UPDATE conversation SET message_count = message_count + 1,"
            + " last_activity_at = max(last_activity_at, ?) WHERE id = ?";
    private static final String SET_STATE = "UPDATE conversation SET state = ?, open = ?, closed_at = ? WHERE id = ?";
    private static final String SET_ASSIGNEE = "UPDATE conversation SET assignee = ? WHERE id = ?";

    /** The row as stored, merged or not. */
    Optional<ConversationRow> find(SqlSession session, ConversationId id) throws SQLException {
        PreparedStatement query = session.prepare(FIND);
        query.setLong(1, id.value());
        return readOne(query);
    }

    /** The conversation that holds what {@code id} held: itself, or where it was merged. */
    Optional<ConversationRow> findCurrent(SqlSession session, ConversationId id) throws SQLException {
        Optional<ConversationRow> row = find(session, id);
        if (row.isPresent() && row.get().mergedInto().isPresent()) {
            return findCurrent(session, row.get().mergedInto().get());
        }
        return row;
    }

    /** Like {@link #findCurrent} but an unknown id is an {@link IllegalArgumentException}. */
    ConversationRow require(SqlSession session, ConversationId id) throws SQLException {
        return findCurrent(session, id).orElseThrow(() -> new IllegalArgumentException("unknown conversation " + id));
    }

    /** The customer's most recently active conversation on the channel, open or closed. */
    Optional<ConversationRow> latestFor(SqlSession session, CustomerId customer, String channelId)
            throws SQLException {
        PreparedStatement query = session.prepare(LATEST_FOR);
        query.setLong(1, customer.value());
        query.setString(2, channelId);
        return readOne(query);
    }

    /** A new conversation in state NEW, with its event; returns the row as stored. */
    ConversationRow create(WriteTransaction transaction, CustomerId customer, String channelId, MediaType mediaType,
            Optional<String> party, String subject, Instant at) throws SQLException {
        PreparedStatement insert = transaction.prepare(INSERT);
        insert.setLong(1, customer.value());
        insert.setString(2, channelId);
        insert.setString(3, mediaType.name());
        insert.setString(4, party.orElse(null));
        insert.setString(5, subject);
        insert.setString(6, ConversationState.NEW.name());
        insert.setLong(7, at.toEpochMilli());
        insert.setLong(8, at.toEpochMilli());
        ConversationId id = new ConversationId(SqlRows.insertReturningId(insert));
        transaction.record(seq -> new ConversationOpened(seq, transaction.now(), id, customer, channelId,
                mediaType));
        return new ConversationRow(id, customer, channelId, mediaType, party, subject, ConversationState.NEW,
                Optional.empty(), at, at, Optional.empty(), 0, Optional.empty());
    }

    /** Counts a new message and moves last activity forward (never back: late messages keep inbox order). */
    void touch(WriteTransaction transaction, ConversationId id, Instant at) throws SQLException {
        PreparedStatement update = transaction.prepare(TOUCH);
        update.setLong(1, at.toEpochMilli());
        update.setLong(2, id.value());
        update.executeUpdate();
    }

    /** Moves the conversation to {@code state} with its event; no-op if already there. */
    void changeState(WriteTransaction transaction, ConversationRow row, ConversationState state)
            throws SQLException {
        if (row.state() == state) {
            return;
        }
        PreparedStatement update = transaction.prepare(SET_STATE);
        update.setString(1, state.name());
        update.setInt(2, state.isOpen() ? OPEN : CLOSED);
        SqlRows.setOptionalLong(update, 3, state.isOpen() ? null : transaction.now().toEpochMilli());
        update.setLong(4, row.id().value());
        update.executeUpdate();
        transaction.record(seq -> new ConversationStateChanged(seq, transaction.now(), row.id(), row.state(),
                state));
    }

    /** Sets or clears the assignee with its event; no-op if unchanged. */
    void assign(WriteTransaction transaction, ConversationRow row, Optional<String> agentId) throws SQLException {
        if (row.assignee().equals(agentId)) {
            return;
        }
        PreparedStatement update = transaction.prepare(SET_ASSIGNEE);
        update.setString(1, agentId.orElse(null));
        update.setLong(2, row.id().value());
        update.executeUpdate();
        transaction.record(seq -> new ConversationAssigned(seq, transaction.now(), row.id(), agentId));
    }

    static Optional<ConversationRow> readOne(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** Reads the {@link #COLUMNS} of the current row. */
    static ConversationRow read(ResultSet rows) throws SQLException {
        return new ConversationRow(new ConversationId(rows.getLong(1)), new CustomerId(rows.getLong(2)),
                rows.getString(3), MediaType.valueOf(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                rows.getString(6), ConversationState.valueOf(rows.getString(7)),
                Optional.ofNullable(rows.getString(8)), Instant.ofEpochMilli(rows.getLong(9)),
                Instant.ofEpochMilli(rows.getLong(10)), SqlRows.optionalLong(rows, 11).map(Instant::ofEpochMilli),
                rows.getInt(12), SqlRows.optionalLong(rows, 13).map(ConversationId::new));
    }
}
