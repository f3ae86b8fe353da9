package org.samklang.core.internal.agent;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.samklang.core.api.model.AgentIdentity;

/**
 * The agent's identity in the data directory: {@value #FILE_NAME}, a small UTF-8 properties file that IT can also
 * provision (keys {@code name}, {@code agentId}, {@code extension}, {@code email}, {@code languages} as "sv, en").
 * Written whole to a temporary file and moved over the old one, so a crash leaves the old or the new, never half.
 * A file that cannot be read or holds invalid values counts as no identity (the desk asks again) and is kept
 * aside as {@value #DAMAGED_NAME} when a new identity is saved, so nothing IT wrote is lost.
 */
public final class IdentityFile {

    public static final String FILE_NAME = "identity.properties";
    static final String DAMAGED_NAME = "identity.properties.damaged";
    private static final System.Logger LOG = System.getLogger(IdentityFile.class.getName());

    private final Path file;

    public IdentityFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** {@return the identity kept in the file; empty when there is none or it is damaged (logged once per read)} */
    public Optional<AgentIdentity> read() {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "the identity in {0} cannot be read ({1}); the desk asks again",
                    file, e.toString());
            return Optional.empty();
        }
        try {
            return Optional.of(new AgentIdentity(values.getProperty("name"), values.getProperty("agentId"),
                    values.getProperty("extension", ""), values.getProperty("email", ""),
                    AgentIdentity.languagesOf(values.getProperty("languages"))));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "the identity in {0} is not valid ({1}); the desk asks again", file,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes {@code identity}; a damaged file that was there is kept aside first.
     *
     * @throws UncheckedIOException when it cannot be written; the old file is unchanged
     */
    public void write(AgentIdentity identity) {
        Properties values = new Properties();
        values.setProperty("name", identity.name());
        values.setProperty("agentId", identity.agentId());
        values.setProperty("extension", identity.extension());
        values.setProperty("email", identity.email());
        values.setProperty("languages", String.join(", ", identity.languages()));
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && read().isEmpty()) {
                Files.copy(file, file.resolveSibling(DAMAGED_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    values.store(out, "Who works at this desk (Samklang)");
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
