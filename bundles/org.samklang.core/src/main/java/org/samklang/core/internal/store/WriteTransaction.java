package org.samklang.core.internal.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.samklang.core.api.model.JournalEvent;

/**
 * What a write task sees of the writer's open transaction: statements, the task's clock reading, and the journal.
 * <p>
 * Confined to the writer thread. Journal events recorded here get the next sequence numbers and are written in the
 * same transaction as the change; if the batch rolls back, its sequence numbers are taken back, so the journal has
 * no gaps. Tasks may be run again after a rollback, so they must keep no state outside the transaction.
 */
public final class WriteTransaction implements SqlSession {

    /** A write collected over several tasks and made once; see {@link #deferUntilCommit}. */
    @FunctionalInterface
    public interface DeferredWrite {

        void flush(WriteTransaction transaction) throws SQLException;
    }

    private final StatementCache statements;
    private final JournalRecorder recorder;
    private final Clock clock;
    private long nextSequence;
    private long taskFirstSequence;
    private Instant now;
    private List<JournalEvent> taskEvents = new ArrayList<>();
    private List<Runnable> taskAfterCommit = new ArrayList<>();
    private final List<DeferredWrite> deferred = new ArrayList<>();

    WriteTransaction(StatementCache statements, JournalRecorder recorder, Clock clock, long lastSequence) {
        this.statements = statements;
        this.recorder = recorder;
        this.clock = clock;
        this.nextSequence = lastSequence + 1;
    }

    /** A prepared statement on the writer connection, cached; set every parameter before running it. */
    @Override
    public PreparedStatement prepare(String sql) throws SQLException {
        return statements.prepare(sql);
    }

    /** The engine clock read once when the task started, in milliseconds (the store's precision). */
    public Instant now() {
        return now;
    }

    /** Writes a journal event with the next sequence number; {@code event} builds it from that number. */
    public <E extends JournalEvent> E record(LongFunction<E> event) throws SQLException {
        E built = event.apply(nextSequence);
        recorder.insert(this, built);
        nextSequence++;
        taskEvents.add(built);
        return built;
    }

    /** Runs {@code action} on the completion thread once this task's changes are committed (never if it fails). */
    public void afterCommit(Runnable action) {
        taskAfterCommit.add(action);
    }

    /**
     * Has {@code write} run once later in this transaction: before it commits, and before any task that was not
     * submitted with {@link Writer#submitBatched} (such a task may read what the write would change). Registering
     * the same instance again before it ran is a no-op. A rollback discards it: its owner must forget what it
     * collected (rollback listeners do).
     */
    public void deferUntilCommit(DeferredWrite write) {
        for (DeferredWrite pending : deferred) {
            if (pending == write) {
                return;
            }
        }
        deferred.add(write);
    }

    /** Runs the deferred writes now, in the order they were first registered. */
    void flushDeferred() throws SQLException {
        for (int i = 0; i < deferred.size(); i++) {
            deferred.get(i).flush(this);
        }
        deferred.clear();
    }

    void discardDeferred() {
        deferred.clear();
    }

    void startTask() {
        now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        taskFirstSequence = nextSequence;
        taskEvents = new ArrayList<>();
        taskAfterCommit = new ArrayList<>();
    }

    List<JournalEvent> taskEvents() {
        return taskEvents;
    }

    List<Runnable> taskAfterCommit() {
        return taskAfterCommit;
    }

    long nextSequence() {
        return nextSequence;
    }

    /** Takes back a whole rolled-back batch's sequence numbers. */
    void resetSequence(long next) {
        nextSequence = next;
    }

    StatementCache statements() {
        return statements;
    }
}
