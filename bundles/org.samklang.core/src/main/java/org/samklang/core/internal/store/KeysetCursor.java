package org.samklang.core.internal.store;

/**
 * The position after the last row of a page: a sort key (epoch millis, or 0) and the row id, as an opaque string.
 * <p>
 * A one-letter kind prefix keeps a cursor of one list from being used on another ({@code t} timeline, {@code c}
 * conversations, {@code m} messages of a conversation, {@code s} search).
 *
 * @param kind    the list kind letter
 * @param sortKey the sort key of the last row
 * @param id      the id of the last row (tie-breaker)
 */
public record KeysetCursor(char kind, long sortKey, long id) {

    public String encode() {
        return kind + Long.toString(sortKey, 36) + "." + Long.toString(id, 36);
    }

    /** @throws IllegalArgumentException if {@code text} is not a cursor of {@code expectedKind} */
    public static KeysetCursor decode(String text, char expectedKind) {
        if (text == null || text.length() < 4 || text.charAt(0) != expectedKind) {
            throw invalid(text);
        }
        int dot = text.indexOf('.');
        if (dot < 2) {
            throw invalid(text);
        }
        try {
            long sortKey = Long.parseLong(text, 1, dot, 36);
            long id = Long.parseLong(text, dot + 1, text.length(), 36);
            return new KeysetCursor(expectedKind, sortKey, id);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not a page cursor of this list: '" + text + "'");
    }
}
