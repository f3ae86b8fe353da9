package org.samklang.core.api;

import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

/**
 * Unsent replies, one per conversation, kept durably on this desk so that neither switching conversations, nor a
 * restart, nor a crash loses what an agent wrote.
 * <p>
 * <b>Threading.</b> Thread-safe. {@link #saveDraft} and {@link #discard} never block: they hand the change to a
 * background writer and return; changes for the same conversation are coalesced (only the latest is written) and
 * applied in call order. {@link #draft} may read a small file and block for a few milliseconds: call it off the
 * UI thread. A saved draft is durable (written, flushed to disk and atomically put in place) shortly after the
 * call, typically within milliseconds; what was durable before a crash is read back whole, never half-written.
 * <p>
 * <b>Errors.</b> Invalid arguments throw {@link IllegalArgumentException} at once. Disk failures while writing are
 * logged and retried with the next save; they are never thrown at the caller. A damaged draft file reads as no
 * draft (with a log line), never as an exception.
 * <p>
 * <b>Idempotency.</b> Saving the same draft again and discarding twice change nothing.
 */
public interface DraftService {

    /** Queues {@code draft} to be kept for its conversation, replacing the one kept before; see the class comment. */
    void saveDraft(Draft draft);

    /** {@return the latest draft saved for the conversation, including one still queued; empty if none} */
    Optional<Draft> draft(ConversationId conversationId);

    /** Queues removal of the conversation's draft (after a successful send, or when the agent throws it away). */
    void discard(ConversationId conversationId);
}
