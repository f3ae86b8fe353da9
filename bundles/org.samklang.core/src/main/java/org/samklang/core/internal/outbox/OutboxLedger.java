package org.samklang.core.internal.outbox;

import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.outbox.OutboxStore.Entry;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

/**
 * The outbox's bookkeeping, run as writer tasks: an attempt is recorded (attempts + 1, state SENDING, and a row in
 * the sent-key ledger without an outcome) and committed before the connector is called, so even attempts that crash
 * the process count towards the limit and are known as cut off at the next start; the result is recorded after.
 * Receipts are applied here too, so they and the sender's results are ordered by the one writer.
 */
final class OutboxLedger {

    private static final System.Logger LOG = System.getLogger(OutboxLedger.class.getName());
    private static final String BY_KEY = "SELECT message_id FROM outbox WHERE idempotency_key = ? AND channel_id = ?";
    private static final String BY_REMOTE_ID = "SELECT id FROM message WHERE channel_id = ? AND remote_id = ?"
            + " AND direction = 'OUTBOUND'";
    private static final String SET_REMOTE_ID = "UPDATE OR IGNORE message SET remote_id = ?"
            + " WHERE id = ? AND remote_id IS NULL";
    private static final String ADD_THREAD_KEY = "INSERT OR IGNORE INTO thread_key(channel_id, key, conversation_id)"
            + " VALUES (?, ?, ?)";

    private final OutboxStore store;
    private final SendAttemptStore attempts = new SendAttemptStore();
    private final RetryPolicy policy;
    private final RandomGenerator random;

    OutboxLedger(OutboxStore store, RetryPolicy policy, RandomGenerator random) {
        this.store = store;
        this.policy = policy;
        this.random = random;
    }

    /**
     * Records the start of the next attempt; {@return the attempt to make, or empty if the message must not be sent
     * now} A message the ledger knows was sent is never attempted again.
     */
    Optional<SendAttempt> startAttempt(WriteTransaction transaction, MessageId id) throws SQLException {
        Optional<Entry> found = store.entry(transaction, id);
        if (found.isEmpty() || found.get().nextAttemptAt().isEmpty() || !found.get().state().isPending()) {
            return Optional.empty();
        }
        Entry entry = found.get();
        int attempt = entry.attempts() + 1;
        boolean unknownBefore = attempts.unknownBefore(transaction, id, attempt);
        if (attempts.everSent(transaction, id)) {
            LOG.log(Level.WARNING, "outbox: {0} was due again although its channel reported it sent; not sent",
                    id);
            finish(transaction, entry, DeliveryState.SENT, "");
            return Optional.empty();
        }
        if (entry.attempts() >= policy.maxAttempts()) {
            // Out of attempts after one that was cut off: it may have arrived, so it is not "not delivered".
            finish(transaction, entry, unknownBefore ? DeliveryState.UNCERTAIN : DeliveryState.FAILED,
                    "gave up after " + entry.attempts() + " attempts; the last one was interrupted");
            return Optional.empty();
        }
        store.schedule(transaction, entry, attempt, transaction.now().plus(policy.inFlight()), null);
        store.changeState(transaction, entry, DeliveryState.SENDING, "attempt " + attempt);
        attempts.begin(transaction, id, attempt);
        return Optional.of(new SendAttempt(attempt, unknownBefore));
    }

    /** Records how an attempt ended: sent, retry later, failed, or uncertain; also in the sent-key ledger. */
    void recordResult(WriteTransaction transaction, MessageId id, int attempt, AttemptResult outcome)
            throws SQLException {
        Optional<Entry> found = store.entry(transaction, id);
        if (found.isEmpty()) {
            return;
        }
        Entry entry = found.get();
        switch (outcome.result()) {
            case SendResult.Sent sent -> {
                attempts.finish(transaction, id, attempt, SendAttemptStore.Outcome.SENT, "");
                recordSent(transaction, entry, sent.remoteId());
            }
            case SendResult.RetryableFailure retry -> {
                attempts.finish(transaction, id, attempt, outcome.outcomeUnknown()
                        ? SendAttemptStore.Outcome.UNKNOWN
                        : SendAttemptStore.Outcome.RETRY, retry.reason());
                recordRetry(transaction, entry, attempt, retry, outcome.outcomeUnknown());
            }
            case SendResult.PermanentFailure failure -> {
                attempts.finish(transaction, id, attempt, SendAttemptStore.Outcome.FAILED, failure.reason());
                finish(transaction, entry, DeliveryState.FAILED, failure.reason());
            }
            case SendResult.Uncertain uncertain -> {
                attempts.finish(transaction, id, attempt, SendAttemptStore.Outcome.UNCERTAIN, uncertain.reason());
                finishUnlessSettled(transaction, entry, DeliveryState.UNCERTAIN, uncertain.reason());
            }
        }
    }

    /** Ends a message the core refuses to hand to its channel (it no longer fits the channel's limits). */
    void refuse(WriteTransaction transaction, MessageId id, String reason) throws SQLException {
        Optional<Entry> found = store.entry(transaction, id);
        if (found.isPresent() && found.get().state().isPending()) {
            finish(transaction, found.get(), DeliveryState.FAILED, reason);
        }
    }

    /** Applies a channel's receipt if it moves the message forward. */
    DeliveryReceipt.Outcome applyReceipt(WriteTransaction transaction, DeliveryReceipt receipt) throws SQLException {
        Optional<MessageId> id = findOutbound(transaction, receipt.channelId(), receipt.messageRef());
        Optional<Entry> entry = id.isPresent() ? store.entry(transaction, id.get()) : Optional.empty();
        if (entry.isEmpty()) {
            LOG.log(Level.INFO, "receipt for unknown message {0} on {1} ignored", receipt.messageRef(),
                    receipt.channelId());
            return DeliveryReceipt.Outcome.UNKNOWN_MESSAGE;
        }
        if (!DeliveryTransitions.receiptMayMove(entry.get().state(), receipt.state())) {
            LOG.log(Level.INFO, "stale receipt {0} for {1} (already {2}) ignored", receipt.state(), id.get(),
                    entry.get().state());
            return DeliveryReceipt.Outcome.STALE;
        }
        String detail = receipt.detail().isBlank() ? "receipt" : "receipt: " + receipt.detail();
        finish(transaction, entry.get(), receipt.state(), detail);
        return DeliveryReceipt.Outcome.APPLIED;
    }

    /**
     * At start: marks the attempts the sent-key ledger still shows in flight as cut off (outcome unknown) and makes
     * their messages due at once; {@return how many}
     */
    int recoverInterrupted(WriteTransaction transaction) throws SQLException {
        Set<MessageId> interrupted = new LinkedHashSet<>(attempts.markCutOff(transaction, transaction.now()));
        interrupted.addAll(store.interruptedAttempts(transaction));
        int count = 0;
        for (MessageId id : interrupted) {
            Optional<Entry> entry = store.entry(transaction, id);
            if (entry.isPresent() && entry.get().state().isPending()) {
                store.schedule(transaction, entry.get(), entry.get().attempts(), transaction.now(), null);
                count++;
            }
        }
        return count;
    }

    /** {@return the ledger's outcome of each attempt of a message, in order (null: in flight)} */
    List<SendAttemptStore.Outcome> attemptOutcomes(SqlSession session, MessageId id) throws SQLException {
        return attempts.outcomes(session, id);
    }

    private void recordSent(WriteTransaction transaction, Entry entry, Optional<String> remoteId)
            throws SQLException {
        if (remoteId.isPresent()) {
            rememberRemoteId(transaction, entry, remoteId.get());
        }
        if (entry.state().isPending()) {
            finish(transaction, entry, DeliveryState.SENT, "");
        } else {
            store.schedule(transaction, entry, entry.attempts(), null, null);
        }
    }

    private void recordRetry(WriteTransaction transaction, Entry entry, int attempt,
            SendResult.RetryableFailure retry, boolean outcomeUnknown) throws SQLException {
        if (!entry.state().isPending()) {
            store.schedule(transaction, entry, entry.attempts(), null, retry.reason());
            return;
        }
        if (attempt >= policy.maxAttempts()) {
            boolean mayHaveArrived = outcomeUnknown || attempts.unknownBefore(transaction, entry.messageId(),
                    attempt);
            finish(transaction, entry, mayHaveArrived ? DeliveryState.UNCERTAIN : DeliveryState.FAILED,
                    "gave up after " + attempt + " attempts: " + retry.reason());
            return;
        }
        Duration backoff = policy.delayAfter(attempt, random);
        Duration delay = retry.retryAfter().filter(hint -> hint.compareTo(backoff) > 0).orElse(backoff);
        Instant next = transaction.now().plus(delay);
        store.schedule(transaction, entry, entry.attempts(), next, retry.reason());
        store.changeState(transaction, entry, DeliveryState.QUEUED, "attempt " + attempt + " failed: "
                + retry.reason() + "; next attempt at " + next);
    }

    /** Ends the outbox's work in {@code state}, unless a receipt already moved the message past pending. */
    private void finishUnlessSettled(WriteTransaction transaction, Entry entry, DeliveryState state, String detail)
            throws SQLException {
        if (entry.state().isPending()) {
            finish(transaction, entry, state, detail);
        } else {
            store.schedule(transaction, entry, entry.attempts(), null, detail);
        }
    }

    /** Ends the outbox's work on the message in {@code state}. */
    private void finish(WriteTransaction transaction, Entry entry, DeliveryState state, String detail)
            throws SQLException {
        store.schedule(transaction, entry, entry.attempts(), null, state == DeliveryState.FAILED ? detail : null);
        store.changeState(transaction, entry, state, detail);
    }

    private void rememberRemoteId(WriteTransaction transaction, Entry entry, String remoteId) throws SQLException {
        PreparedStatement update = transaction.prepare(SET_REMOTE_ID);
        update.setString(1, remoteId);
        update.setLong(2, entry.messageId().value());
        update.executeUpdate();
        PreparedStatement key = transaction.prepare(ADD_THREAD_KEY);
        key.setString(1, entry.channelId());
        key.setString(2, remoteId);
        key.setLong(3, entry.conversationId().value());
        key.executeUpdate();
    }

    private static Optional<MessageId> findOutbound(SqlSession session, String channelId, String ref)
            throws SQLException {
        Optional<MessageId> byKey = queryId(session, BY_KEY, ref, channelId);
        return byKey.isPresent() ? byKey : queryId(session, BY_REMOTE_ID, channelId, ref);
    }

    private static Optional<MessageId> queryId(SqlSession session, String sql, String first, String second)
            throws SQLException {
        PreparedStatement query = session.prepare(sql);
        query.setString(1, first);
        query.setString(2, second);
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(new MessageId(row.getLong(1))) : Optional.empty();
        }
    }
}
