package org.samklang.core.internal.journal;

import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.store.JournalRecorder;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.ReadSession;
import org.samklang.core.internal.store.WriteTransaction;

/** Writes journal rows inside the writer's transaction and reads them back in sequence order. */
public final class JournalStore implements JournalRecorder {

    private static final System.Logger LOG = System.getLogger(JournalStore.class.getName());
    private static final String INSERT = "INSERT INTO journal(seq, at, kind, conversation_id, customer_id,"
            + " message_id, other_id, channel_id, state, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String READ_AFTER = "SELECT seq, at, kind, conversation_id, customer_id, message_id,"
            + " other_id, channel_id, state, detail FROM journal WHERE seq > ? ORDER BY seq LIMIT ?";

    @Override
    public void insert(WriteTransaction transaction, JournalEvent event) throws SQLException {
        JournalRow row = JournalCodec.encode(event);
        PreparedStatement insert = transaction.prepare(INSERT);
        insert.setLong(1, row.sequence());
        insert.setLong(2, row.atMillis());
        insert.setString(3, row.kind());
        setLong(insert, 4, row.conversationId());
        setLong(insert, 5, row.customerId());
        setLong(insert, 6, row.messageId());
        setLong(insert, 7, row.otherId());
        insert.setString(8, row.channelId());
        insert.setString(9, row.state());
        insert.setString(10, row.detail());
        insert.executeUpdate();
    }

    /** The last committed sequence, 0 for an empty journal. */
    public long lastSequence(ReadPool readers) {
        return readers.read(session -> {
            try (ResultSet row = session.prepare("SELECT coalesce(max(seq), 0) FROM journal").executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    /**
     * Up to {@code limit} events after {@code afterSequence}, in order. A row this engine cannot read (written by a
     * newer version, or damaged) is logged and skipped rather than stopping every subscriber at it.
     */
    public JournalBatch readAfter(ReadSession session, long afterSequence, int limit) throws SQLException {
        PreparedStatement query = session.prepare(READ_AFTER);
        query.setLong(1, afterSequence);
        query.setInt(2, limit);
        List<JournalEvent> events = new ArrayList<>();
        long lastRow = afterSequence;
        int rowCount = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                JournalRow row = readRow(rows);
                lastRow = row.sequence();
                rowCount++;
                try {
                    events.add(JournalCodec.decode(row));
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "journal: skipping unreadable event " + row.sequence() + " ("
                            + row.kind() + "): " + e.getMessage());
                }
            }
        }
        return new JournalBatch(events, lastRow, rowCount);
    }

    /**
     * Events read from the journal.
     *
     * @param events       the readable events, in order
     * @param lastSequence the sequence of the last row looked at, including skipped ones
     * @param rowCount     how many rows were looked at
     */
    public record JournalBatch(List<JournalEvent> events, long lastSequence, int rowCount) {
    }

    private static JournalRow readRow(ResultSet rows) throws SQLException {
        return new JournalRow(rows.getLong(1), rows.getLong(2), rows.getString(3), getLong(rows, 4),
                getLong(rows, 5), getLong(rows, 6), getLong(rows, 7), rows.getString(8), rows.getString(9),
                rows.getString(10));
    }

    private static Long getLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
