package org.samklang.core.internal.drafts;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.samklang.core.api.DraftService;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

/**
 * {@link DraftService} as one small file per conversation in a directory of the desk's data directory, each
 * replaced atomically: write a temporary file, force it to disk, rename it over the old one, force the directory.
 * A crash at any point leaves either the previous draft or the new one, whole.
 * <p>
 * Saves and discards are queued in {@code pending} (the latest per conversation wins) and written by one
 * background thread, so a burst of keystrokes costs one write; reads see the queued value first, so a draft read
 * right after a save is never stale. Drafts live outside the SQLite store on purpose: they change on every pause in
 * typing and need no journal event, and keeping them off the single writer keeps ingest unaffected.
 */
public final class FileDraftStore implements DraftService, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FileDraftStore.class.getName());
    private static final String SUFFIX = ".draft";
    private static final String TEMP_SUFFIX = ".draft.tmp";
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(2);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Path directory;
    /** The latest unsaved change per conversation: a draft to write, or empty to delete. */
    private final ConcurrentMap<ConversationId, Optional<Draft>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "samklang-drafts");
        thread.setDaemon(true);
        return thread;
    });

    /** Keeps drafts in {@code directory} (created on the first save); leftovers of interrupted writes go. */
    public FileDraftStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        writer.execute(this::removeLeftovers);
    }

    @Override
    public void saveDraft(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        queue(draft.conversationId(), Optional.of(draft));
    }

    @Override
    public void discard(ConversationId conversationId) {
        queue(Objects.requireNonNull(conversationId, "conversationId"), Optional.empty());
    }

    @Override
    public Optional<Draft> draft(ConversationId conversationId) {
        Optional<Draft> queued = pending.get(Objects.requireNonNull(conversationId, "conversationId"));
        if (queued != null) {
            return queued;
        }
        return read(conversationId);
    }

    /**
     * Waits until every change queued so far is on disk.
     *
     * @return false if that did not happen within {@code timeout} (e.g. the disk keeps failing)
     */
    public boolean flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            long pause = 0;
            do {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // Runs after the work queued before it; later rounds pause so a failing disk is not spun on.
                writer.schedule(() -> {
                }, pause, TimeUnit.MILLISECONDS).get(left, TimeUnit.NANOSECONDS);
                pause = 20;
            } while (!pending.isEmpty());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Writes what is queued (waiting a few seconds at most) and stops the writer thread. */
    @Override
    public void close() {
        if (!flush(CLOSE_TIMEOUT)) {
            LOG.log(Level.WARNING, "drafts: {0} draft changes could not be written before closing", pending.size());
        }
        writer.shutdownNow();
    }

    private void queue(ConversationId id, Optional<Draft> change) {
        if (pending.put(id, change) == null) {
            writer.execute(() -> writeLatest(id));
        }
    }

    /** Writes the latest change of {@code id}; a change queued meanwhile gets its own turn. */
    private void writeLatest(ConversationId id) {
        Optional<Draft> change = pending.get(id);
        if (change == null) {
            return;
        }
        try {
            if (change.isPresent()) {
                write(change.get());
            } else {
                delete(id);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "drafts: could not write the draft of conversation " + id.value() + " in "
                    + directory + "; trying again", e);
            writer.schedule(() -> writeLatest(id), RETRY_AFTER_FAILURE.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (!pending.remove(id, change)) {
            // A newer change arrived while writing; its queue() saw our entry and scheduled nothing.
            writer.execute(() -> writeLatest(id));
        }
    }

    private void write(Draft draft) throws IOException {
        Files.createDirectories(directory);
        Path target = fileOf(draft.conversationId());
        Path temp = directory.resolve(draft.conversationId().value() + TEMP_SUFFIX);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(DraftFile.encode(draft));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
    }

    private void delete(ConversationId id) throws IOException {
        if (Files.deleteIfExists(fileOf(id))) {
            forceDirectory();
        }
    }

    private Optional<Draft> read(ConversationId id) {
        Path file = fileOf(id);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "drafts: could not read " + file, e);
            return Optional.empty();
        }
        DraftFile.Decoded decoded = DraftFile.decode(bytes, id);
        if (decoded.draft().isEmpty()) {
            LOG.log(Level.WARNING, "drafts: ignoring damaged draft file {0}: {1}", file, decoded.problem());
        }
        return decoded.draft();
    }

    /** Makes the rename itself durable; directories cannot be forced on every platform, which is harmless. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "drafts: cannot force directory {0}: {1}", directory, e);
        }
    }

    private void removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "drafts: could not clean up " + directory, e);
        }
    }

    private Path fileOf(ConversationId id) {
        return directory.resolve(id.value() + SUFFIX);
    }
}
