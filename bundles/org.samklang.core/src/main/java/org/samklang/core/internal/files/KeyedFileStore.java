package org.samklang.core.internal.files;

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
import java.util.function.Function;

/**
 * Small values kept as one file per key in a directory, each replaced atomically: write a temporary file, force it
 * to disk, rename it over the old one, force the directory. A crash at any point leaves either the previous value
 * or the new one, whole. Used for drafts and customer notes, which change on every pause in typing.
 * <p>
 * Puts and removes are queued in {@code pending} (the latest per key wins) and written by one background thread,
 * so a burst of changes costs one write; reads see the queued value first, so a read right after a put is never
 * stale. Thread-safe. Disk failures are logged and retried; damaged files read as absent (with a log line).
 *
 * @param <K> the key; {@code fileName} turns it into a safe file name (without suffix)
 * @param <V> the value; {@link Codec} turns it into bytes and back
 */
public final class KeyedFileStore<K, V> implements AutoCloseable {

    /** Turns values into file contents and back. */
    public interface Codec<K, V> {

        /** {@return the file contents holding {@code value} for {@code key}} */
        byte[] encode(K key, V value);

        /** The value in {@code bytes} as stored for {@code key}; an {@link IOException} says why there is none. */
        V decode(byte[] bytes, K key) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(KeyedFileStore.class.getName());
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(2);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Path directory;
    private final String what;
    private final String suffix;
    private final String tempSuffix;
    private final Function<K, String> fileName;
    private final Codec<K, V> codec;
    /** The latest unsaved change per key: a value to write, or empty to delete. */
    private final ConcurrentMap<K, Optional<V>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    /**
     * Keeps values in {@code directory} (created on the first put) as {@code <fileName(key)><suffix>}; leftovers
     * of interrupted writes go. {@code what} names the values in log lines and the writer thread (e.g. "drafts").
     */
    public KeyedFileStore(Path directory, String what, String suffix, Function<K, String> fileName,
            Codec<K, V> codec) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.what = Objects.requireNonNull(what, "what");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.tempSuffix = suffix + ".tmp";
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.codec = Objects.requireNonNull(codec, "codec");
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "samklang-" + what);
            thread.setDaemon(true);
            return thread;
        });
        writer.execute(this::removeLeftovers);
    }

    /** Queues {@code value} to be written for {@code key}, replacing what was kept before. */
    public void put(K key, V value) {
        queue(Objects.requireNonNull(key, "key"), Optional.of(Objects.requireNonNull(value, "value")));
    }

    /** Queues removal of the value of {@code key}. */
    public void remove(K key) {
        queue(Objects.requireNonNull(key, "key"), Optional.empty());
    }

    /** {@return the latest value put for {@code key}, including one still queued; empty if none} */
    public Optional<V> get(K key) {
        Optional<V> queued = pending.get(Objects.requireNonNull(key, "key"));
        if (queued != null) {
            return queued;
        }
        return read(key);
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
            LOG.log(Level.WARNING, "{0}: {1} changes could not be written before closing", what, pending.size());
        }
        writer.shutdownNow();
    }

    private void queue(K key, Optional<V> change) {
        if (pending.put(key, change) == null) {
            writer.execute(() -> writeLatest(key));
        }
    }

    /** Writes the latest change of {@code key}; a change queued meanwhile gets its own turn. */
    private void writeLatest(K key) {
        Optional<V> change = pending.get(key);
        if (change == null) {
            return;
        }
        try {
            if (change.isPresent()) {
                write(key, change.get());
            } else {
                delete(key);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, what + ": could not write " + fileOf(key) + "; trying again", e);
            writer.schedule(() -> writeLatest(key), RETRY_AFTER_FAILURE.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (!pending.remove(key, change)) {
            // A newer change arrived while writing; its queue() saw our entry and scheduled nothing.
            writer.execute(() -> writeLatest(key));
        }
    }

    private void write(K key, V value) throws IOException {
        Files.createDirectories(directory);
        Path temp = directory.resolve(fileName.apply(key) + tempSuffix);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(codec.encode(key, value));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, fileOf(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
    }

    private void delete(K key) throws IOException {
        if (Files.deleteIfExists(fileOf(key))) {
            forceDirectory();
        }
    }

    private Optional<V> read(K key) {
        Path file = fileOf(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, what + ": could not read " + file, e);
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(bytes, key));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "{0}: ignoring damaged file {1}: {2}", what, file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Makes the rename itself durable; directories cannot be forced on every platform, which is harmless. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "{0}: cannot force directory {1}: {2}", what, directory, e);
        }
    }

    private void removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.newDirectoryStream(directory, "*" + tempSuffix)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, what + ": could not clean up " + directory, e);
        }
    }

    private Path fileOf(K key) {
        return directory.resolve(fileName.apply(key) + suffix);
    }
}
