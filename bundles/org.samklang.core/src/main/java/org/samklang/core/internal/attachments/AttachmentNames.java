package org.samklang.core.internal.attachments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The display name and media type of a staged file. The name is for people only: a file called
 * {@code "a\u202Eexe.pdf"} (a right-to-left override that shows as "afdp.exe") or {@code "../../etc/passwd"} must
 * neither mislead the agent or the customer nor ever become a path. Pure and thread-safe.
 */
final class AttachmentNames {

    /** Longest display name kept, in characters (file systems allow 255 bytes). */
    static final int MAX_NAME_LENGTH = 255;
    static final String FALLBACK_NAME = "attachment";
    static final String FALLBACK_TYPE = "application/octet-stream";

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}"
            + "/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private AttachmentNames() {
    }

    /**
     * {@return {@code raw} as a display name}: the part after the last {@code /} or {@code \}, without control,
     * format (bidi overrides, zero-width) or line separator characters, stripped, at most {@link #MAX_NAME_LENGTH}
     * characters; {@value #FALLBACK_NAME} when nothing is left (or only dots).
     */
    static String displayName(String raw) {
        String last = raw == null ? "" : raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints().filter(AttachmentNames::visible).forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.length() > MAX_NAME_LENGTH) {
            int end = MAX_NAME_LENGTH;
            if (Character.isLowSurrogate(name.charAt(end))) {
                end--; // never cut a surrogate pair in half
            }
            name = name.substring(0, end).strip();
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? FALLBACK_NAME : name;
    }

    /** {@return the platform's guess of {@code file}'s media type, lower-cased, else {@value #FALLBACK_TYPE}} */
    static String mediaType(Path file) {
        String probed;
        try {
            probed = Files.probeContentType(file);
        } catch (java.io.IOException | RuntimeException e) {
            return FALLBACK_TYPE; // a detector that fails says nothing about the file
        }
        if (probed == null) {
            return FALLBACK_TYPE;
        }
        String type = probed.strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : FALLBACK_TYPE;
    }

    private static boolean visible(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }
}
