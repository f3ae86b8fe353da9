package org.samklang.core.internal.drafts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.DraftService;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.internal.files.KeyedFileStore;

/**
 * {@link DraftService} as one small file per conversation ({@code <id>.draft}) in a directory of the desk's data
 * directory, kept by a {@link KeyedFileStore}: atomic replacement, coalesced background writes, checksummed files.
 * Drafts live outside the SQLite store on purpose: they change on every pause in typing and need no journal event,
 * and keeping them off the single writer keeps ingest unaffected.
 */
public final class FileDraftStore implements DraftService, AutoCloseable {

    private final KeyedFileStore<ConversationId, Draft> files;

    /** Keeps drafts in {@code directory} (created on the first save); leftovers of interrupted writes go. */
    public FileDraftStore(Path directory) {
        files = new KeyedFileStore<>(directory, "drafts", ".draft", id -> Long.toString(id.value()),
                new DraftFile());
    }

    @Override
    public void saveDraft(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        files.put(draft.conversationId(), draft);
    }

    @Override
    public void discard(ConversationId conversationId) {
        files.remove(Objects.requireNonNull(conversationId, "conversationId"));
    }

    @Override
    public Optional<Draft> draft(ConversationId conversationId) {
        return files.get(Objects.requireNonNull(conversationId, "conversationId"));
    }

    /**
     * Waits until every change queued so far is on disk.
     *
     * @return false if that did not happen within {@code timeout} (e.g. the disk keeps failing)
     */
    public boolean flush(Duration timeout) {
        return files.flush(timeout);
    }

    /** Writes what is queued (waiting a few seconds at most) and stops the writer thread. */
    @Override
    public void close() {
        files.close();
    }
}
