package org.samklang.core.internal.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.JournalEvent;

/**
 * The store's single writer: one thread that drains a queue of write tasks and commits each batch in one
 * transaction (group commit).
 * <p>
 * A task that fails for a reason of its own (bad input, unknown id) fails alone: the batch is rolled back, that task
 * is taken out and the others run again. (Per-task savepoints would do the same without the re-run, but they made
 * every task copy the pages it touched into a sub-journal and cost more than half the ingest rate; failures are
 * rare, so the re-run is the cheaper trade.) A caller's future completes only after COMMIT returned, on a separate
 * completion thread so slow callbacks never hold up the next batch.
 * <p>
 * <b>When the store cannot write</b> (disk full, I/O error, at a statement or at COMMIT) the whole batch is rolled
 * back, its journal sequence numbers are taken back, and the cached statements are prepared afresh (the driver
 * finalizes a statement that failed so). Tasks submitted with {@link #submit} fail with
 * {@link StoreUnavailableException}: their callers were told and keep what they have (a channel does not acknowledge
 * the item to its remote and hands it in again). Tasks the engine submits on its own behalf with
 * {@link #submitRetried} are kept and run again, before newer tasks, until they commit. The writer then waits a
 * second before each further attempt, so a full disk costs one failing transaction a second, not a spin; tasks that
 * arrive meanwhile wait in the queue. Each failure and the first commit after failures are reported to
 * {@link WriteHealth}, which logs once per change of state; the writer itself logs failures only at DEBUG.
 */
public final class Writer implements AutoCloseable {

    /** A change to make inside the writer's transaction; runs on the writer thread and must not block. */
    @FunctionalInterface
    public interface Work<T> {

        T run(WriteTransaction transaction) throws SQLException;
    }

    private static final System.Logger LOG = System.getLogger(Writer.class.getName());
    private static final int MAX_BATCH = 8192;
    private static final int QUEUE_CAPACITY = 65_536;
    /** At most this many of the engine's own changes wait for a failing store; more are refused (and logged). */
    private static final int MAX_KEPT = 65_536;
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Path file;
    private final WriteTransaction transaction;
    private final StatementCache statements;
    private final Consumer<List<JournalEvent>> publisher;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final ExecutorService completions;
    private final Thread thread;
    private final List<Runnable> rollbackListeners = new CopyOnWriteArrayList<>();
    private final WriteHealth health;
    /** The engine's own tasks waiting for the store to write again, oldest first. Writer thread only. */
    private final List<Task<?>> kept = new ArrayList<>();
    private boolean failing;
    private boolean keptOverflowLogged;
    private long retryAt;
    private final GrowthCap growthCap = new GrowthCap();
    private volatile boolean closed;

    /**
     * Starts the writer thread.
     *
     * @param database     the store; the writer opens and owns its own connection
     * @param recorder     inserts journal rows
     * @param lastSequence the journal's last committed sequence
     * @param publisher    receives each committed batch's events, in sequence order, on the writer thread; must
     *                     not block
     */
    public Writer(Database database, JournalRecorder recorder, long lastSequence, Clock clock,
            Consumer<List<JournalEvent>> publisher) {
        this(database, recorder, lastSequence, clock, publisher, WriteHealth.NONE);
    }

    /** As above; {@code health} hears whether the store writes. */
    public Writer(Database database, JournalRecorder recorder, long lastSequence, Clock clock,
            Consumer<List<JournalEvent>> publisher, WriteHealth health) {
        this.health = health;
        this.file = database.file();
        this.statements = new StatementCache(database.openWriteConnection());
        this.transaction = new WriteTransaction(statements, recorder, clock, lastSequence);
        this.publisher = publisher;
        this.completions = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
                .name("samklang-store-completions").factory());
        this.thread = Thread.ofPlatform().daemon().name("samklang-store-writer").start(this::loop);
    }

    /**
     * Queues {@code work}; the future completes after its batch committed. Blocks only while the queue is full.
     * {@code description} names the task in log lines.
     */
    public <T> CompletableFuture<T> submit(String description, Work<T> work) {
        return enqueue(new Task<>(description, work, new CompletableFuture<>(), false, false));
    }

    /**
     * Like {@link #submit}, for a change the engine makes on its own behalf with no caller to hand it back to
     * (presence history, a conversation's routing fields, the router's offers): if the store cannot write, the task
     * is kept and run again until it commits, before tasks submitted after it; its future completes then. It fails
     * only when the writer closes first, or when so many such tasks wait that keeping more would exhaust memory
     * (both logged).
     */
    public <T> CompletableFuture<T> submitRetried(String description, Work<T> work) {
        return enqueue(new Task<>(description, work, new CompletableFuture<>(), false, true));
    }

    /**
     * Like {@link #submit}, for tasks that may run while earlier tasks' {@linkplain WriteTransaction#deferUntilCommit
     * deferred writes} are still pending: they read nothing those writes change except through the writer's caches,
     * which already include them. Ingest uses it, so a batch updates each conversation once instead of per message.
     */
    public <T> CompletableFuture<T> submitBatched(String description, Work<T> work) {
        return enqueue(new Task<>(description, work, new CompletableFuture<>(), true, false));
    }

    private <T> CompletableFuture<T> enqueue(Task<T> task) {
        CompletableFuture<T> future = task.future();
        if (closed) {
            future.completeExceptionally(closedError());
            return future;
        }
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.completeExceptionally(closedError());
        }
        return future;
    }

    /**
     * Runs {@code listener} on the writer thread after every rollback, so writer-side caches that may hold
     * uncommitted facts can drop them.
     */
    public void addRollbackListener(Runnable listener) {
        rollbackListeners.add(listener);
    }

    /**
     * Lets the store grow by at most {@code morePages} database pages from the next batch on (SQLite's
     * {@code max_page_count}), or without a cap when negative: a change that needs more fails with SQLITE_FULL,
     * as on a full disk. The store-level hook for testing the full-disk path without filling a disk; lifting the cap is "space
     * returned".
     */
    public void capGrowth(long morePages) {
        growthCap.set(morePages);
    }

    /** Finishes the queued tasks, then stops; later submissions fail with {@link Reason#CLOSED}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(Task.STOP);
        LockSupport.unpark(thread);
        joinQuietly(thread);
        failRemaining();
        completions.shutdown();
        awaitQuietly();
        statements.close();
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            if (!takeBatch(batch)) {
                return;
            }
            boolean stop = batch.remove(Task.STOP);
            try {
                growthCap.apply(statements);
                runBatch(batch);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "store writer: batch failed unexpectedly", e);
                batch.forEach(task -> task.future().completeExceptionally(e));
            }
            if (stop) {
                return;
            }
        }
    }

    /** The kept tasks first, then what is queued; while the store fails, not before the next retry is due. */
    private boolean takeBatch(List<Task<?>> batch) {
        try {
            if (failing) {
                awaitRetry();
            }
            batch.addAll(kept);
            kept.clear();
            if (batch.isEmpty()) {
                batch.add(queue.take());
            }
        } catch (InterruptedException e) {
            return false;
        }
        queue.drainTo(batch, Math.max(0, MAX_BATCH - batch.size()));
        return true;
    }

    private void awaitRetry() throws InterruptedException {
        long left;
        while (!closed && (left = retryAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /** Commits the batch; a failing task is taken out and the rest run again (failures are rare). */
    private void runBatch(List<Task<?>> batch) {
        List<Task<?>> pending = new ArrayList<>(batch);
        while (!pending.isEmpty()) {
            long firstSequence = transaction.nextSequence();
            try {
                Attempt attempt = tryBatch(pending);
                if (attempt.failedIndex() < 0) {
                    recovered();
                    publishAndComplete(attempt.outcomes());
                    return;
                }
                Task<?> failed = pending.remove(attempt.failedIndex());
                LOG.log(Level.DEBUG, "store writer: {0} refused: {1}", failed.description(),
                        attempt.error().getMessage());
                completions.execute(() -> failed.future().completeExceptionally(attempt.error()));
            } catch (SQLException e) {
                rollbackQuietly();
                transaction.resetSequence(firstSequence);
                notCommitted(pending, e);
                return;
            }
        }
    }

    /** The store itself failed: the engine's own tasks are kept for a retry, the others fail with the reason. */
    private void notCommitted(List<Task<?>> pending, SQLException cause) {
        RuntimeException error = SqliteErrors.translate(cause, file);
        if (!(error instanceof StoreUnavailableException unavailable)) {
            // Not the store but a statement the engine got wrong: a bug, worth its stack trace each time.
            LOG.log(Level.ERROR, "store writer: batch of " + pending.size() + " changes not committed", cause);
            pending.forEach(task -> completions.execute(() -> task.future().completeExceptionally(error)));
            return;
        }
        List<Task<?>> refused = new ArrayList<>();
        for (Task<?> task : pending) {
            if (task.retried() && kept.size() < MAX_KEPT) {
                kept.add(task);
            } else {
                refused.add(task);
                logKeptOverflow(task);
            }
        }
        LOG.log(Level.DEBUG, "store writer: batch of {0} changes not committed ({1} kept for a retry): {2}",
                pending.size(), pending.size() - refused.size(), cause.getMessage());
        failing = true;
        retryAt = System.nanoTime() + RETRY_NANOS;
        health.writeFailed(unavailable, refused.size(), file.toString());
        refused.forEach(task -> completions.execute(() -> task.future().completeExceptionally(unavailable)));
    }

    private void logKeptOverflow(Task<?> task) {
        if (task.retried() && !keptOverflowLogged) {
            keptOverflowLogged = true;
            LOG.log(Level.ERROR, "store writer: " + MAX_KEPT + " of the engine's own changes already wait for the"
                    + " store; further ones (such as " + task.description() + ") are given up while it fails");
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            keptOverflowLogged = false;
            health.writeRecovered(file.toString());
        }
    }

    /**
     * Runs the tasks in one transaction and commits. If a task fails for a reason of its own, rolls everything back
     * and names it. Throws if the store itself fails.
     */
    private Attempt tryBatch(List<Task<?>> tasks) throws SQLException {
        long firstSequence = transaction.nextSequence();
        List<Outcome> outcomes = new ArrayList<>(tasks.size());
        statements.execute("BEGIN IMMEDIATE");
        for (int i = 0; i < tasks.size(); i++) {
            Task<?> task = tasks.get(i);
            if (!task.batched()) {
                transaction.flushDeferred();
            }
            transaction.startTask();
            try {
                Object result = task.work().run(transaction);
                outcomes.add(new Outcome(task, result, transaction.taskEvents(), transaction.taskAfterCommit()));
            } catch (SQLException e) {
                if (SqliteErrors.isStoreFailure(e)) {
                    throw e;
                }
                return failed(i, SqliteErrors.translate(e, file), firstSequence);
            } catch (RuntimeException e) {
                return failed(i, e, firstSequence);
            }
        }
        transaction.flushDeferred();
        statements.execute("COMMIT");
        return new Attempt(outcomes, -1, null);
    }

    private Attempt failed(int index, RuntimeException error, long firstSequence) {
        rollbackQuietly();
        transaction.resetSequence(firstSequence);
        return new Attempt(List.of(), index, error);
    }

    private void publishAndComplete(List<Outcome> outcomes) {
        List<JournalEvent> events = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            events.addAll(outcome.events());
        }
        if (!events.isEmpty()) {
            publisher.accept(events);
        }
        completions.execute(() -> outcomes.forEach(Outcome::complete));
    }

    /**
     * Rolls back whatever is open and prepares every statement afresh: the statement that failed may have been
     * finalized by the driver. The ROLLBACK is not cached, so its own failure (nothing left to roll back) cannot
     * break it for the next time.
     */
    private void rollbackQuietly() {
        statements.forgetStatements();
        try {
            statements.executeUncached("ROLLBACK");
        } catch (SQLException e) {
            // Already rolled back by SQLite itself (it does so on some I/O and disk-full errors).
        }
        notifyRollback();
    }

    private void notifyRollback() {
        transaction.discardDeferred();
        rollbackListeners.forEach(Runnable::run);
    }

    /** After the writer thread ended: what is still queued or kept fails as closed. */
    private void failRemaining() {
        List<Task<?>> left = new ArrayList<>(kept);
        kept.clear();
        if (!left.isEmpty()) {
            LOG.log(Level.ERROR, "store writer: closing while the store could not write; " + left.size()
                    + " of the engine's own changes were not saved (the first: " + left.get(0).description() + ")");
        }
        queue.drainTo(left);
        left.remove(Task.STOP);
        left.forEach(task -> task.future().completeExceptionally(closedError()));
    }

    private void awaitQuietly() {
        try {
            completions.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static StoreUnavailableException closedError() {
        return new StoreUnavailableException(Reason.CLOSED, "Samklang's store is closed (shutting down).");
    }

    /** {@code retried}: kept and run again while the store cannot write ({@link #submitRetried}). */
    private record Task<T>(String description, Work<T> work, CompletableFuture<T> future, boolean batched,
            boolean retried) {

        static final Task<Void> STOP = new Task<>("stop", transaction -> null, new CompletableFuture<>(), false,
                false);
    }

    /** The outcomes of a committed batch, or which task failed (index >= 0) and why. */
    private record Attempt(List<Outcome> outcomes, int failedIndex, RuntimeException error) {
    }

    private record Outcome(Task<?> task, Object result, List<JournalEvent> events, List<Runnable> afterCommit) {

        @SuppressWarnings("unchecked")
        void complete() {
            afterCommit.forEach(Outcome::runQuietly);
            ((CompletableFuture<Object>) task.future()).complete(result);
        }

        private static void runQuietly(Runnable action) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "store writer: an after-commit action failed", e);
            }
        }
    }
}
