package org.samklang.core.internal.notes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.CustomerNoteService;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.internal.files.ChecksummedFile;
import org.samklang.core.internal.files.KeyedFileStore;

/**
 * {@link CustomerNoteService} as one small file per customer ({@code <id>.note}) in a directory of the desk's data
 * directory, kept by the same {@link KeyedFileStore} as drafts: atomic replacement, coalesced background writes,
 * checksummed files naming their customer.
 */
public final class FileNoteStore implements CustomerNoteService, AutoCloseable {

    private static final int MAGIC = 0x534B4E54; // "SKNT"
    private static final int VERSION = 1;
    /** UTF-8 needs at most 3 bytes per UTF-16 char (4 per surrogate pair). */
    private static final int MAX_BYTES = MAX_LENGTH * 3;

    private static final System.Logger LOG = System.getLogger(FileNoteStore.class.getName());

    private final KeyedFileStore<CustomerId, String> files;

    /** Keeps notes in {@code directory} (created on the first save); leftovers of interrupted writes go. */
    public FileNoteStore(Path directory) {
        files = new KeyedFileStore<>(directory, "notes", ".note", id -> Long.toString(id.value()), new NoteCodec());
    }

    @Override
    public Optional<String> note(CustomerId customerId) {
        return files.get(Objects.requireNonNull(customerId, "customerId"));
    }

    @Override
    public void saveNote(CustomerId customerId, String text) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a customer note may have at most " + MAX_LENGTH
                    + " characters, this one has " + text.length());
        }
        if (text.isBlank()) {
            files.remove(customerId);
        } else {
            files.put(customerId, text);
        }
    }

    /**
     * Moves the absorbed customer's note under the survivor's (the survivor's text first, a blank line between), so
     * nothing written about either is lost by a merge. Repeating it changes nothing: the moved text is found at the
     * end of the survivor's note. When both together would exceed {@link #MAX_LENGTH}, both notes stay as they are
     * (logged): the absorbed note's file is kept, never cut.
     */
    public void customersMerged(CustomerId survivor, CustomerId absorbed) {
        Optional<String> moved = files.get(absorbed);
        if (moved.isEmpty() || survivor.equals(absorbed)) {
            return;
        }
        Optional<String> kept = files.get(survivor);
        String joined = kept.map(text -> text.endsWith(moved.get()) ? text : text + "\n\n" + moved.get())
                .orElse(moved.get());
        if (joined.length() > MAX_LENGTH) {
            LOG.log(System.Logger.Level.WARNING, "the note of customer {0} is kept apart from customer {1}''s: both"
                    + " together are longer than {2} characters", absorbed.value(), survivor.value(), MAX_LENGTH);
            return;
        }
        files.put(survivor, joined);
        files.remove(absorbed);
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

    /** Customer id and text; a file holding another customer's note (renamed by hand) is refused. */
    private static final class NoteCodec implements KeyedFileStore.Codec<CustomerId, String> {

        @Override
        public byte[] encode(CustomerId id, String text) {
            return ChecksummedFile.encode(MAGIC, VERSION, 16 + text.length() * 2, out -> {
                out.writeLong(id.value());
                ChecksummedFile.writeString(out, text);
            });
        }

        @Override
        public String decode(byte[] bytes, CustomerId id) throws IOException {
            return ChecksummedFile.decode(bytes, MAGIC, VERSION, in -> {
                long customer = in.readLong();
                if (customer != id.value()) {
                    throw new IOException("belongs to customer " + customer);
                }
                String text = ChecksummedFile.readString(in, MAX_BYTES);
                if (text.length() > MAX_LENGTH || text.isBlank()) {
                    throw new IOException("not a valid note (" + text.length() + " characters)");
                }
                return text;
            });
        }
    }
}
