package org.samklang.core.api;

import java.nio.file.Path;

import org.samklang.core.api.model.AttachmentRef;

/**
 * Where the composer puts a file the agent attaches to a reply: the engine keeps its own copy in the desk's data
 * directory (the staging area), so the reply, its draft and the outbox refer to bytes that neither move nor change
 * until the channel plugin has sent them, whatever happens to the original file.
 * <p>
 * <b>What comes back.</b> {@link #stage} returns an {@link AttachmentRef} whose {@code uri} is a {@code file:} URI
 * of the copy inside the staging area, named by the SHA-256 of its content; {@code name} is the original file
 * name for display only (directory parts, control and invisible format characters removed), never used as a path;
 * {@code mimeType} is what the platform detects from the file, else {@code application/octet-stream}.
 * {@code ConversationService.sendReply} accepts only attachments staged here.
 * <p>
 * <b>Threading.</b> Thread-safe. {@link #stage} reads the whole file, hashes it and writes the copy durably (temp
 * file, flushed to disk, atomically renamed): it blocks for as long as that takes on the local disk, up to about a
 * second for {@link #MAX_BYTES}. Never call it on the UI thread.
 * <p>
 * <b>Errors.</b> {@link IllegalArgumentException}, with a message naming the file, when {@code file} is missing, a
 * directory, not readable, or larger than {@link #MAX_BYTES}; {@link java.io.UncheckedIOException} when reading
 * it or writing the copy fails midway (the disk is full, the file vanished). In every error case nothing is
 * staged and nothing half-written is left behind.
 * <p>
 * <b>Idempotency.</b> Staging the same content twice (the same file, or a copy of it under another name) keeps one
 * stored file and returns the same {@code uri}. The copy stays while drafts, replies or the outbox may refer to it.
 */
public interface AttachmentService {

    /** The largest file the desk stages, in bytes (25 MiB); channels usually accept less. */
    long MAX_BYTES = 25L * 1024 * 1024;

    /**
     * Copies {@code file} into the staging area and {@return a reference a channel plugin can read}.
     *
     * @param file a regular, readable local file of at most {@link #MAX_BYTES} bytes
     * @throws IllegalArgumentException if the file is missing, a directory, unreadable or too large
     * @throws java.io.UncheckedIOException if reading the file or writing the copy fails
     */
    AttachmentRef stage(Path file);
}
