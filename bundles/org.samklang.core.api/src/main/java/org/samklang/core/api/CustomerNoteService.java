package org.samklang.core.api;

import java.util.Optional;

import org.samklang.core.api.model.CustomerId;

/**
 * A free-text note per customer ("prefers email", "call back after 15:00"), written by agents in the customer
 * region and kept durably on this desk so that neither switching customers, nor a restart, nor a crash loses it.
 * <p>
 * <b>Threading.</b> Thread-safe. {@link #saveNote} never blocks: it hands the change to a background writer and
 * returns; saves for the same customer are coalesced (only the latest is written) and applied in call order.
 * {@link #note} may read a small file and block for a few milliseconds: call it off the UI thread. A saved note is
 * durable (written, flushed to disk and atomically put in place) shortly after the call, typically within
 * milliseconds; what was durable before a crash is read back whole, never half-written.
 * <p>
 * <b>Errors.</b> Invalid arguments (null, or text longer than {@link #MAX_LENGTH} characters) throw
 * {@link IllegalArgumentException} or {@link NullPointerException} at once, and nothing is saved. Disk failures
 * while writing are logged and retried; they are never thrown at the caller. A damaged note file reads as no note
 * (with a log line), never as an exception.
 * <p>
 * <b>Idempotency.</b> Saving the same text again, and removing a note twice, change nothing.
 */
public interface CustomerNoteService {

    /** The longest note, in characters ({@code String.length()}). */
    int MAX_LENGTH = 4_000;

    /** {@return the latest note saved for the customer, including one still queued; empty if none} */
    Optional<String> note(CustomerId customerId);

    /**
     * Queues {@code text} as the customer's note, replacing the one kept before; empty or blank text removes the
     * note. The text is kept as given (not trimmed).
     *
     * @throws IllegalArgumentException if {@code text} is longer than {@link #MAX_LENGTH} characters
     */
    void saveNote(CustomerId customerId, String text);
}
