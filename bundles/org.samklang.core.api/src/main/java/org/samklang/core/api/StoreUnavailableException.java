package org.samklang.core.api;

import java.util.Objects;

/**
 * The store cannot read or write, so the engine refuses the operation instead of losing data silently.
 * <p>
 * {@link #getMessage()} is a sentence a user can act on ("The disk is full ..."); {@link #reason()} lets the UI
 * choose its own (translated) wording. Nothing acknowledged before this error is lost; the failed operation was not
 * applied and may be retried once the cause is fixed. The engine keeps running.
 */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the store is unavailable. */
    public enum Reason {
        /** The database file is damaged or is not a Samklang database; it was left untouched. */
        CORRUPT,
        /** The disk (or the database's size limit) is full. */
        DISK_FULL,
        /** The database was written by a newer Samklang version than this one. */
        NEWER_SCHEMA,
        /** Another Samklang process uses the same data directory. */
        LOCKED,
        /** Reading or writing the file failed (permissions, I/O error). */
        IO_ERROR,
        /** The engine is shutting down or was closed. */
        CLOSED
    }

    private final Reason reason;

    public StoreUnavailableException(Reason reason, String userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public StoreUnavailableException(Reason reason, String userMessage) {
        this(reason, userMessage, null);
    }

    /** Why the store is unavailable. */
    public Reason reason() {
        return reason;
    }
}
