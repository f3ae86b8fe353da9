package org.samklang.core.internal.store;

import java.nio.file.Path;
import java.sql.SQLException;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite failures into errors a user can act on ({@link StoreUnavailableException}) or, for failures that can
 * only be programming errors (SQL syntax, constraint bugs), into {@link IllegalStateException}.
 */
public final class SqliteErrors {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_CONSTRAINT = 19;

    private SqliteErrors() {
    }

    /** True if the store itself is failing, as opposed to one statement being wrong. */
    public static boolean isStoreFailure(SQLException e) {
        return switch (primaryCode(e)) {
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL,
                    SQLITE_CANTOPEN, SQLITE_NOTADB ->
                true;
            default -> false;
        };
    }

    /** True for a UNIQUE / NOT NULL / CHECK violation. */
    public static boolean isConstraintViolation(SQLException e) {
        return primaryCode(e) == SQLITE_CONSTRAINT;
    }

    /**
     * The exception to throw for {@code e}, with a sentence about {@code file}. What the sentences promise is what
     * the writer does: a failed change was rolled back whole, and every change committed before it stays.
     */
    public static RuntimeException translate(SQLException e, Path file) {
        return switch (primaryCode(e)) {
            case SQLITE_CORRUPT, SQLITE_NOTADB -> corrupt(file, e);
            case SQLITE_FULL -> new StoreUnavailableException(Reason.DISK_FULL, "The disk holding " + file
                    + " is full, so this change was not saved; everything saved before it is kept. Free some space:"
                    + " Samklang saves again on its next write.", e);
            case SQLITE_BUSY, SQLITE_LOCKED -> new StoreUnavailableException(Reason.LOCKED,
                    "The store " + file + " is locked by another program.", e);
            case SQLITE_READONLY -> new StoreUnavailableException(Reason.IO_ERROR, "The store " + file
                    + " cannot be written (" + e.getMessage() + "). Make the file and its folder writable for the"
                    + " user running Samklang.", e);
            case SQLITE_IOERR, SQLITE_CANTOPEN -> new StoreUnavailableException(Reason.IO_ERROR,
                    "Cannot read or write " + file + " (" + e.getMessage() + "). Check the disk and the permissions"
                            + " of the file and its folder.",
                    e);
            default -> new IllegalStateException("store statement failed: " + e.getMessage(), e);
        };
    }

    /** The error for a file that is not a usable Samklang database. */
    static StoreUnavailableException corrupt(Path file, Throwable cause) {
        return new StoreUnavailableException(Reason.CORRUPT, "The store " + file + " is damaged or is not a Samklang"
                + " database. It was left untouched: restore it from a backup, or move it away to start empty.",
                cause);
    }

    private static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqlite.getResultCode().code & 0xff;
        }
        return e.getErrorCode() & 0xff;
    }
}
