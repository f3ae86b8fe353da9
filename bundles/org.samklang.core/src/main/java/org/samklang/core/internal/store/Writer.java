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
 * completion thread so slow callbacks never hold up the next batch. If the commit itself fails (disk full, I/O error) the whole batch
 * is rolled back, its journal sequence numbers are taken back, and every task fails with
 * {@link StoreUnavailableException}; the writer keeps running for the next batch.
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

    private final Path file;
    private final WriteTransaction transaction;
    private final StatementCache statements;
    private final Consumer<List<JournalEvent>> publisher;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final ExecutorService completions;
    private final Thread thread;
    private final List<Runnable> rollbackListeners = new CopyOnWriteArrayList<>();
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
        return enqueue(description, work, false);
    }

    /**
     * Like {@link #submit}, for tasks that may run while earlier tasks' {@linkplain WriteTransaction#deferUntilCommit
     * deferred writes} are still pending: they read nothing those writes change except through the writer's caches,
     * which already include them. Ingest uses it, so a batch updates each conversation once instead of per message.
     */
    public <T> CompletableFuture<T> submitBatched(String description, Work<T> work) {
        return enqueue(description, work, true);
    }

    private <T> CompletableFuture<T> enqueue(String description, Work<T> work, boolean batched) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(closedError());
            return future;
        }
        try {
            queue.put(new Task<>(description, work, future, batched));
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

    /** Finishes the queued tasks, then stops; later submissions fail with {@link Reason#CLOSED}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(Task.STOP);
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

    private boolean takeBatch(List<Task<?>> batch) {
        try {
            batch.add(queue.take());
        } catch (InterruptedException e) {
            return false;
        }
        queue.drainTo(batch, MAX_BATCH - 1);
        return true;
    }

    /** Commits the batch; a failing task is taken out and the rest run again (failures are rare). */
    private void runBatch(List<Task<?>> batch) {
        List<Task<?>> pending = new ArrayList<>(batch);
        while (!pending.isEmpty()) {
            long firstSequence = transaction.nextSequence();
            try {
                Attempt attempt = tryBatch(pending);
                if (attempt.failedIndex() < 0) {
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
                RuntimeException error = SqliteErrors.translate(e, file);
                LOG.log(Level.ERROR, "store writer: batch of " + pending.size() + " changes not committed", e);
                pending.forEach(task -> task.future().completeExceptionally(error));
                return;
            }
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

    private Attempt failed(int index, RuntimeException error, long firstSequence) throws SQLException {
        statements.execute("ROLLBACK");
        transaction.resetSequence(firstSequence);
        notifyRollback();
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

    private void rollbackQuietly() {
        try {
            statements.execute("ROLLBACK");
        } catch (SQLException e) {
            // Already rolled back by SQLite itself (it does so on some I/O and disk-full errors).
        }
        notifyRollback();
    }

    private void notifyRollback() {
        transaction.discardDeferred();
        rollbackListeners.forEach(Runnable::run);
    }

    private void failRemaining() {
        List<Task<?>> left = new ArrayList<>();
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

    private record Task<T>(String description, Work<T> work, CompletableFuture<T> future, boolean batched) {

        static final Task<Void> STOP = new Task<>("stop", transaction -> null, new CompletableFuture<>(), false);
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
