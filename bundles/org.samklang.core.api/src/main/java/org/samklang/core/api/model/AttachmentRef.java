package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * A reference to an attachment the channel plugin keeps; the store holds the reference, never the bytes.
 *
 * @param name      the file name as the sender gave it (display only; never used as a path)
 * @param mimeType  the IANA media type, e.g. {@code application/pdf}
 * @param sizeBytes the size in bytes, 0 or more
 * @param uri       where the owning plugin can fetch the bytes, e.g. {@code imap://.../UID=42/part=2}
 */
public record AttachmentRef(String name, String mimeType, long sizeBytes, String uri) {

    public AttachmentRef {
        Checks.notNull(name, "attachment name");
        Checks.notBlank(mimeType, "attachment mimeType");
        Checks.notBlank(uri, "attachment uri");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("attachment sizeBytes must not be negative, got " + sizeBytes);
        }
    }
}
