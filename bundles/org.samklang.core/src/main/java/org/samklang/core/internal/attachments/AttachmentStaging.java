package org.samklang.core.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.model.AttachmentRef;

/**
 * {@link AttachmentService} as a content-addressed directory of the desk's data directory: each staged file is
 * stored once as {@code <sha-256 of its bytes>}, written like every Samklang file (temp file, forced to disk, atomic
 * rename, directory forced), so a crash leaves either no file or the whole file, never a half one under its final
 * name. Because the name is the content's hash, staging the same bytes twice keeps one file.
 * <p>
 * {@link #requireStaged} is the engine's gate before a reply is stored: a plugin must only ever be asked to read
 * files this class wrote, never a path that arrived in a request. Thread-safe: concurrent stagings write to their
 * own temp files, and renaming identical content over itself is harmless.
 */
public final class AttachmentStaging implements AttachmentService {

    private static final System.Logger LOG = System.getLogger(AttachmentStaging.class.getName());
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_PREFIX = "staging-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path directory;
    private final long maxBytes;

    /** Stages into {@code directory} (created on the first stage); leftovers of interrupted stagings go. */
    public AttachmentStaging(Path directory) {
        this(directory, MAX_BYTES);
    }

    /** Stages files of at most {@code maxBytes} (tests use a small cap). */
    public AttachmentStaging(Path directory, long maxBytes) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        this.maxBytes = maxBytes;
        removeLeftovers();
    }

    @Override
    public AttachmentRef stage(Path file) {
        Objects.requireNonNull(file, "file");
        Path last = file.getFileName(); // null for a root such as "/"
        String name = AttachmentNames.displayName(last == null ? "" : last.toString());
        long size = checkSource(file, name);
        String mediaType = AttachmentNames.mediaType(file);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
            try {
                Copied copied = copy(file, temp, name);
                Path stored = directory.resolve(copied.sha256());
                if (!sameSize(stored, copied.bytes())) {
                    Files.move(temp, stored, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    forceDirectory();
                }
                return new AttachmentRef(name, mediaType, copied.bytes(), stored.toUri().toString());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new IllegalArgumentException(name + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage " + name + " (" + size + " bytes): " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an attachment that is not a file staged here, so a reply can never make a plugin read another path.
     * Reads only the file's attributes, never its bytes.
     *
     * @throws IllegalArgumentException naming the attachment when its uri is not a staged file of the stated size
     */
    public void requireStaged(AttachmentRef attachment) {
        Objects.requireNonNull(attachment, "attachment");
        Path path = stagedPath(attachment.uri());
        if (path == null || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("attachment '" + attachment.name() + "' is not a file attached on this"
                    + " desk (" + attachment.uri() + "); attach it again");
        }
        long actual = sizeOf(path);
        if (actual != attachment.sizeBytes()) {
            throw new IllegalArgumentException("attachment '" + attachment.name() + "' says " + attachment.sizeBytes()
                    + " bytes but the attached file has " + actual + "; attach it again");
        }
    }

    /** {@return the directory staged files live in} */
    public Path directory() {
        return directory;
    }

    /** The staged file a uri names, or null when it names anything else. */
    private Path stagedPath(String uri) {
        Path path;
        try {
            URI parsed = new URI(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme()) || parsed.getRawQuery() != null
                    || parsed.getRawFragment() != null) {
                return null;
            }
            path = Path.of(parsed);
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
        Path normalized = path.toAbsolutePath().normalize();
        boolean inside = directory.equals(normalized.getParent())
                && STORED_NAME.matcher(String.valueOf(normalized.getFileName())).matches();
        return inside ? normalized : null;
    }

    private long checkSource(Path file, String name) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(name + " does not exist (" + file + ")");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(name + " is a folder; attach the files in it one by one");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(name + " is not a readable file");
        }
        long size = sizeOf(file);
        if (size > maxBytes) {
            throw new IllegalArgumentException(name + " is " + size + " bytes; at most " + maxBytes
                    + " bytes can be attached");
        }
        return size;
    }

    private record Copied(String sha256, long bytes) {
    }

    /** Copies while hashing; refuses a file that grew past the cap while being read. */
    private Copied copy(Path source, Path temp, String name) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        try (InputStream in = Files.newInputStream(source);
                FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new IllegalArgumentException(name + " grew past " + maxBytes + " bytes while attaching");
                }
                digest.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return new Copied(HexFormat.of().formatHex(digest.digest()), total);
    }

    /** A stored file of the right size is the same content (its name is the hash); a shorter one was damaged. */
    private static boolean sameSize(Path stored, long bytes) {
        try {
            return Files.isRegularFile(stored, LinkOption.NOFOLLOW_LINKS) && Files.size(stored) == bytes;
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Makes the rename itself durable; directories cannot be forced on every platform, which is harmless. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "attachments: cannot force directory {0}: {1}", directory, e);
        }
    }

    private void removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "attachments: could not clean up " + directory, e);
        }
    }
}
