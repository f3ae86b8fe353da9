package org.samklang.core.internal.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master password of the desk's secure storage: 256 random bits, made on first use and kept in a file only the
 * user can read ({@code 0600}, in a {@code 0700} folder), outside the data directory. Equinox's secure storage needs
 * a password provider; the stock ones are a dialog (the Eclipse IDE's UI, which this desk does not have) and the
 * desktop keyring (absent headless and under Xvfb), so the desk gives it this one, the way Equinox's own
 * {@code -eclipse.password} file does.
 * <p>
 * What it protects: a secret never lies in plain text in a configuration, a file of the data directory, a backup or
 * a copy of it, the store or the log. What it does not: someone who can read the user's files can read the key too
 * (as a keyring unlocked at login gives every process of the user its secrets).
 */
final class MasterPassword {

    private static final int BYTES = 32;

    private MasterPassword() {
    }

    /**
     * {@return the password kept in {@code file}, made first when there is none}
     *
     * @throws IOException when the file cannot be read or made
     */
    static char[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (text.isEmpty()) {
            throw new IOException("the secure storage key " + file + " is empty");
        }
        return text.toCharArray();
    }

    /** Writes a new key beside {@code file} and links it in place; never replaces a key another process made. */
    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        Path temporary = Files.createTempFile(folder, ".key-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(random) + "\n",
                    StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException e) {
                // Another desk of this user made it first: use theirs.
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
