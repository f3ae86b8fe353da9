package org.samklang.core.internal.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Fills the full-text index ({@link SearchFile}) behind the writer: one thread that copies the subject and body of
 * every message after the last one indexed into FTS5, a batch per transaction, in message id order.
 * <p>
 * Why behind and not in the writer's transaction: tokenising and merging FTS5 segments cost more than half of the
 * writer's time per message, and the search file has its own write lock, so indexing runs beside the writer on the
 * other core. What stays true: each batch's FTS rows and the new "indexed up to" id commit together, and the store's
 * message ids only grow (one writer, rows never deleted), so after any crash the indexer resumes at the first
 * message it had not committed: nothing is indexed twice or skipped. A sender's edit of a message replaces its text
 * in the store; the indexer replays edits from the revision rows after the messages they belong to, with their own
 * "revised up to" id committed in the same way, so the index follows the newest text. A search first waits until everything committed
 * before it is indexed ({@link #awaitIndexed}), so it still finds every stored message.
 * <p>
 * Thread-safe. The writer calls {@link #nudge()} after each commit; the indexer also looks by itself every second.
 * If indexing fails (disk full) it waits a second and tries again, logging once when it starts failing and once when
 * it indexes again (not every second); the store is not affected, and searches find what is indexed.
 */
public final class SearchIndexer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SearchIndexer.class.getName());
    private static final int MESSAGES_PER_TRANSACTION = 5_000;
    private static final long IDLE_LOOK_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String NEWEST = "SELECT coalesce(max(id), 0) FROM store.message";
    private static final int EDITS_PER_TRANSACTION = 1_000;
    // A message is indexed with the text it arrived with; edits are replayed on top of it, in order, from the
    // revision rows, so the 'delete' command always names exactly the text the index holds.
    private static final String INDEX = "INSERT INTO message_fts(rowid, subject, body)"
            + " SELECT id, subject, coalesce((SELECT r.previous_body FROM store.message_revision r"
            + " WHERE r.message_id = m.id AND r.kind = 'EDITED' ORDER BY r.id LIMIT 1), body)"
            + " FROM store.message m WHERE id > ? AND id <= ? ORDER BY id";
    private static final String SET_UP_TO = "UPDATE indexed SET up_to = ? WHERE id = 1";
    private static final String EDITS = "SELECT r.id, r.message_id, m.subject, r.previous_body,"
            + " coalesce((SELECT n.previous_body FROM store.message_revision n WHERE n.message_id = r.message_id"
            + " AND n.kind = 'EDITED' AND n.id > r.id ORDER BY n.id LIMIT 1), m.body)"
            + " FROM store.message_revision r JOIN store.message m ON m.id = r.message_id"
            + " WHERE r.id > ? AND r.kind = 'EDITED' ORDER BY r.id LIMIT " + EDITS_PER_TRANSACTION;
    private static final String FORGET_TEXT = "INSERT INTO message_fts(message_fts, rowid, subject, body)"
            + " VALUES ('delete', ?, ?, ?)";
    private static final String ADD_TEXT = "INSERT INTO message_fts(rowid, subject, body) VALUES (?, ?, ?)";
    private static final String SET_REVISED_UP_TO = "UPDATE indexed SET revised_up_to = ? WHERE id = 1";

    private final Path file;
    private final StatementCache statements;
    private final Object progress = new Object();
    private final Thread thread;
    private volatile long indexedUpTo;
    /** The last message revision (edit) whose text the index holds; only the indexer thread touches it. */
    private long revisedUpTo;
    private volatile boolean nudged;
    private volatile boolean closed;
    /** Whether the last attempt failed; only the indexer thread touches it. */
    private boolean failing;

    private SearchIndexer(Database database) throws SQLException {
        this.file = database.searchFile();
        this.statements = new StatementCache(database.openSearchConnection());
        try (Statement attach = statements.connection().createStatement()) {
            attach.execute("ATTACH DATABASE '" + database.file().toString().replace("'", "''") + "' AS store");
        }
        this.indexedUpTo = readUpTo();
        this.revisedUpTo = SqlRows.singleLong(statements.prepare("SELECT revised_up_to FROM indexed WHERE id = 1"));
        forgetIfAheadOfStore();
        this.thread = Thread.ofPlatform().daemon().name("samklang-search-indexer").unstarted(this::loop);
    }

    /**
     * Opens the index and starts its thread. Call before the writer starts: if the index claims messages the store
     * does not have (a store restored from an older copy), it is emptied here, before new messages reuse those ids.
     */
    public static SearchIndexer start(Database database) {
        try {
            SearchIndexer indexer = new SearchIndexer(database);
            indexer.thread.start();
            return indexer;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database.searchFile());
        }
    }

    /** Tells the indexer that new messages may have been committed; cheap, never blocks. */
    public void nudge() {
        nudged = true;
        LockSupport.unpark(thread);
    }

    /** The id of the last message whose words are searchable. */
    public long indexedUpTo() {
        return indexedUpTo;
    }

    /**
     * Waits until every message up to {@code messageId} is searchable, at most {@code timeout}.
     *
     * @return whether it is; false after the timeout or when closed
     */
    public boolean awaitIndexed(long messageId, Duration timeout) {
        if (indexedUpTo >= messageId) {
            return true;
        }
        nudge();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (indexedUpTo < messageId && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return indexedUpTo >= messageId;
    }

    /** Finishes the batch in progress and stops; what is left is indexed when the engine opens next time. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (progress) {
            progress.notifyAll();
        }
        statements.close();
    }

    private void loop() {
        while (!closed) {
            try {
                boolean indexed = indexSome();
                if (failing && indexed) {
                    failing = false;
                    LOG.log(Level.INFO, "search index {0}: indexing again", file);
                }
                if (!indexed) {
                    waitForWork(IDLE_LOOK_NANOS);
                }
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if (!failing) {
                    failing = true;
                    LOG.log(Level.ERROR, "search index " + file + ": indexing failed; trying again every second"
                            + " (new messages are found once it indexes again)", e);
                }
                waitForWork(IDLE_LOOK_NANOS);
            }
        }
    }

    /** Indexes the next batch of messages and of edits, if any; returns whether there was one. */
    private boolean indexSome() throws SQLException {
        nudged = false;
        boolean messages = indexMessages();
        return indexEdits() || messages;
    }

    private boolean indexMessages() throws SQLException {
        long newest = newestMessage();
        long from = indexedUpTo;
        if (newest <= from) {
            return false;
        }
        long to = Math.min(newest, from + MESSAGES_PER_TRANSACTION);
        // Plain BEGIN: BEGIN IMMEDIATE would also take the write lock of the attached store.
        statements.execute("BEGIN");
        PreparedStatement index = statements.prepare(INDEX);
        index.setLong(1, from);
        index.setLong(2, to);
        index.executeUpdate();
        PreparedStatement upTo = statements.prepare(SET_UP_TO);
        upTo.setLong(1, to);
        upTo.executeUpdate();
        statements.execute("COMMIT");
        synchronized (progress) {
            indexedUpTo = to;
            progress.notifyAll();
        }
        return true;
    }

    /**
     * Replays the next edits of messages already indexed: the text each replaced leaves the index and the text that
     * replaced it enters. An edit of a message not indexed yet waits for it (and stops the batch, to keep order).
     */
    private boolean indexEdits() throws SQLException {
        PreparedStatement query = statements.prepare(EDITS);
        query.setLong(1, revisedUpTo);
        List<long[]> ids = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next() && rows.getLong(2) <= indexedUpTo) {
                ids.add(new long[]{rows.getLong(1), rows.getLong(2)});
                texts.add(new String[]{rows.getString(3), rows.getString(4), rows.getString(5)});
            }
        }
        if (ids.isEmpty()) {
            return false;
        }
        statements.execute("BEGIN");
        for (int i = 0; i < ids.size(); i++) {
            replaceText(ids.get(i)[1], texts.get(i));
        }
        long last = ids.get(ids.size() - 1)[0];
        PreparedStatement revised = statements.prepare(SET_REVISED_UP_TO);
        revised.setLong(1, last);
        revised.executeUpdate();
        statements.execute("COMMIT");
        revisedUpTo = last;
        return true;
    }

    /** {@code text}: subject, the body the index holds, the body that replaced it. */
    private void replaceText(long messageId, String[] text) throws SQLException {
        PreparedStatement forget = statements.prepare(FORGET_TEXT);
        forget.setLong(1, messageId);
        forget.setString(2, text[0]);
        forget.setString(3, text[1]);
        forget.executeUpdate();
        PreparedStatement add = statements.prepare(ADD_TEXT);
        add.setLong(1, messageId);
        add.setString(2, text[0]);
        add.setString(3, text[2]);
        add.executeUpdate();
    }

    private void waitForWork(long nanos) {
        if (!nudged && !closed) {
            LockSupport.parkNanos(this, nanos);
        }
    }

    private long newestMessage() throws SQLException {
        return SqlRows.singleLong(statements.prepare(NEWEST));
    }

    private long readUpTo() throws SQLException {
        return SqlRows.singleLong(statements.prepare("SELECT up_to FROM indexed WHERE id = 1"));
    }

    /** Empties the index if it is ahead of the store, so it can never name a message id the store reuses. */
    private void forgetIfAheadOfStore() throws SQLException {
        long newest = newestMessage();
        if (indexedUpTo <= newest) {
            return;
        }
        LOG.log(Level.WARNING, "search index " + file + " covers messages up to " + indexedUpTo
                + " but the store ends at " + newest + "; rebuilding the index");
        statements.execute("BEGIN");
        statements.execute("INSERT INTO message_fts(message_fts) VALUES('delete-all')");
        statements.execute("UPDATE indexed SET up_to = 0, revised_up_to = 0 WHERE id = 1");
        statements.execute("COMMIT");
        indexedUpTo = 0;
        revisedUpTo = 0;
    }

    /** After a failure: the failed statement may have been finalized by the driver, so all are prepared afresh. */
    private void rollbackQuietly() {
        statements.forgetStatements();
        try {
            statements.executeUncached("ROLLBACK");
        } catch (SQLException e) {
            // No transaction was open, or SQLite already rolled it back.
        }
    }
}
