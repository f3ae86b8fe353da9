package org.samklang.core.internal.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;

/**
 * A small pool of read-only connections; WAL mode lets them read while the writer commits.
 * <p>
 * Thread-safe. A read borrows a connection (waiting if all are busy), runs in one read transaction and gives the
 * connection back. Connections are opened lazily, up to the pool size.
 */
public final class ReadPool implements AutoCloseable {

    /** A read inside one snapshot. */
    @FunctionalInterface
    public interface Work<T> {

        T run(ReadSession session) throws SQLException;
    }

    private static final System.Logger LOG = System.getLogger(ReadPool.class.getName());

    private final Database database;
    private final Path file;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<ReadSession> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    public ReadPool(Database database, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("read pool size must be 1 or more, got " + size);
        }
        this.database = database;
        this.file = database.file();
        this.permits = new Semaphore(size, true);
    }

    /**
     * Runs {@code work} in one read transaction on the calling thread.
     *
     * @throws StoreUnavailableException if the store cannot be read or the pool is closed
     */
    public <T> T read(Work<T> work) {
        acquire();
        ReadSession session = null;
        boolean healthy = false;
        try {
            session = borrow();
            session.begin();
            T result = work.run(session);
            session.end();
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        } finally {
            giveBack(session, healthy);
            permits.release();
        }
    }

    @Override
    public void close() {
        closed = true;
        ReadSession session;
        while ((session = idle.poll()) != null) {
            session.close();
        }
    }

    private void acquire() {
        if (closed) {
            throw closedError();
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw closedError();
        }
    }

    private ReadSession borrow() {
        ReadSession session = idle.poll();
        return session != null ? session : new ReadSession(new StatementCache(database.openReadConnection()));
    }

    private void giveBack(ReadSession session, boolean healthy) {
        if (session == null) {
            return;
        }
        if (healthy && !closed) {
            idle.add(session);
            return;
        }
        // A read that failed may have left its transaction open; a fresh connection is the simple cure.
        LOG.log(Level.DEBUG, "store reader: discarding a connection after a failed read");
        session.close();
    }

    private static StoreUnavailableException closedError() {
        return new StoreUnavailableException(Reason.CLOSED, "Samklang's store is closed (shutting down).");
    }
}
