package org.samklang.ui.internal.model;

/** File sizes for people: "512 B", "78 KB", "1.5 MB", "10 MB" (binary multiples, as file managers). Pure. */
public final class FileSizes {

    private FileSizes() {
    }

    /** {@return {@code bytes} in its largest sensible unit, in the language of {@code messages}} */
    public static String describe(long bytes, UiMessages messages) {
        if (bytes < 1024) {
            return messages.format("size.bytes", bytes);
        }
        if (bytes < 1024L * 1024) {
            return messages.format("size.kilobytes", Math.round(bytes / 1024.0));
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return messages.format("size.megabytes", megabytes < 10
                ? Math.round(megabytes * 10) / 10.0
                : (double) Math.round(megabytes));
    }
}
