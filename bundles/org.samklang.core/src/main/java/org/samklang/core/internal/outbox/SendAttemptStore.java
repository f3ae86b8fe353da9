package org.samklang.core.internal.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * The sent-key ledger: one row per attempt to send an outbound message (whose idempotency key is in the outbox row),
 * written before the channel is called with no outcome ("in flight") and completed after the call. A row still
 * without an outcome at the next start was cut off by a crash; it is then marked {@link Outcome#UNKNOWN}, as is an
 * attempt whose plugin threw. So the ledger answers the two questions "at most once" needs: did an earlier attempt
 * of this message end without us learning how, and was it ever reported sent.
 */
final class SendAttemptStore {

    /** How an attempt ended, as stored; the names are stored and must never change. */
    enum Outcome {
        /** The channel reported the message sent. */
        SENT,
        /** The channel reported a failure a later attempt may overcome. */
        RETRY,
        /** The channel reported a failure no attempt will overcome, or the core refused to send. */
        FAILED,
        /** The channel could not tell whether it arrived and did not send it again. */
        UNCERTAIN,
        /** Nobody knows: the desk stopped during the attempt, or the plugin threw or returned nothing. */
        UNKNOWN
    }

    private static final String BEGIN = "INSERT INTO send_attempt(message_id, attempt, started_at)"
            + " VALUES (?, ?, ?)";
    private static final String FINISH = "UPDATE send_attempt SET outcome = ?, finished_at = ?, detail = ?"
            + " WHERE message_id = ? AND attempt = ? AND outcome IS NULL";
    private static final String UNKNOWN_BEFORE = "SELECT EXISTS(SELECT 1 FROM send_attempt WHERE message_id = ?"
            + " AND attempt < ? AND (outcome IS NULL OR outcome = 'UNKNOWN'))";
    private static final String EVER_SENT = "SELECT EXISTS(SELECT 1 FROM send_attempt WHERE message_id = ?"
            + " AND outcome = 'SENT')";
    private static final String IN_FLIGHT = "SELECT message_id FROM send_attempt WHERE outcome IS NULL";
    private static final String CUT_OFF = "UPDATE send_attempt SET outcome = 'UNKNOWN', finished_at = ?, detail = ?"
            + " WHERE outcome IS NULL";
    private static final String OUTCOMES = "SELECT attempt, outcome FROM send_attempt WHERE message_id = ?"
            + " ORDER BY attempt";

    /** Records that {@code attempt} of the message is about to be handed to its channel. */
    void begin(WriteTransaction transaction, MessageId message, int attempt) throws SQLException {
        PreparedStatement insert = transaction.prepare(BEGIN);
        insert.setLong(1, message.value());
        insert.setInt(2, attempt);
        insert.setLong(3, transaction.now().toEpochMilli());
        insert.executeUpdate();
    }

    /** Records how {@code attempt} ended; an attempt already finished keeps its first outcome. */
    void finish(WriteTransaction transaction, MessageId message, int attempt, Outcome outcome, String detail)
            throws SQLException {
        PreparedStatement update = transaction.prepare(FINISH);
        update.setString(1, outcome.name());
        update.setLong(2, transaction.now().toEpochMilli());
        update.setString(3, detail);
        update.setLong(4, message.value());
        update.setInt(5, attempt);
        update.executeUpdate();
    }

    /** {@return whether an attempt before {@code attempt} ended without the core learning how} */
    boolean unknownBefore(SqlSession session, MessageId message, int attempt) throws SQLException {
        PreparedStatement query = session.prepare(UNKNOWN_BEFORE);
        query.setLong(1, message.value());
        query.setInt(2, attempt);
        return SqlRows.singleLong(query) != 0;
    }

    /** {@return whether any attempt of the message was reported sent} */
    boolean everSent(SqlSession session, MessageId message) throws SQLException {
        PreparedStatement query = session.prepare(EVER_SENT);
        query.setLong(1, message.value());
        return SqlRows.singleLong(query) != 0;
    }

    /**
     * Marks every attempt still in flight as cut off (call at start, before any new attempt); {@return the messages
     * they belong to}
     */
    List<MessageId> markCutOff(WriteTransaction transaction, Instant stoppedBefore) throws SQLException {
        List<MessageId> messages = new ArrayList<>();
        try (ResultSet rows = transaction.prepare(IN_FLIGHT).executeQuery()) {
            while (rows.next()) {
                messages.add(new MessageId(rows.getLong(1)));
            }
        }
        PreparedStatement update = transaction.prepare(CUT_OFF);
        update.setLong(1, stoppedBefore.toEpochMilli());
        update.setString(2, "the desk stopped during this attempt");
        update.executeUpdate();
        return messages;
    }

    /** {@return the recorded outcome of each attempt, in order; null for one in flight} For tests and support. */
    List<Outcome> outcomes(SqlSession session, MessageId message) throws SQLException {
        PreparedStatement query = session.prepare(OUTCOMES);
        query.setLong(1, message.value());
        List<Outcome> outcomes = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String outcome = rows.getString(2);
                outcomes.add(outcome == null ? null : Outcome.valueOf(outcome));
            }
        }
        return outcomes;
    }
}
