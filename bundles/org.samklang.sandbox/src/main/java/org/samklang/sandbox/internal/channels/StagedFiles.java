package org.samklang.sandbox.internal.channels;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.samklang.core.api.model.AttachmentRef;

/**
 * Reads an attachment the way a channel plugin fetches it before sending: the core hands over {@code file:} URIs of
 * files it staged, and the plugin reads every byte. The sandbox keeps nothing; it checks that the file is there and
 * holds exactly the stated number of bytes. Pure apart from the read; thread-safe.
 */
final class StagedFiles {

    private static final int BUFFER_BYTES = 64 * 1024;

    private StagedFiles() {
    }

    /** {@return why {@code attachment} cannot be sent, or empty when its bytes were read whole} */
    static Optional<String> problem(AttachmentRef attachment) {
        Path file;
        try {
            URI uri = new URI(attachment.uri());
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                return Optional.of("attachment '" + attachment.name() + "' is not a local file: " + attachment.uri());
            }
            file = Path.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of("attachment '" + attachment.name() + "' has an unusable uri: " + e.getMessage());
        }
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
            }
        } catch (IOException e) {
            return Optional.of("attachment '" + attachment.name() + "' cannot be read: " + e.getMessage());
        }
        return read == attachment.sizeBytes()
                ? Optional.empty()
                : Optional.of("attachment '" + attachment.name() + "' has " + read + " bytes, not the "
                        + attachment.sizeBytes() + " stated");
    }
}
