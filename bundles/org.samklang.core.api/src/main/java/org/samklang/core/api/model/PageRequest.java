package org.samklang.core.api.model;

import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * Which page of a keyset-paged list to read: the first, or the one after a cursor from the previous {@link Page}.
 * <p>
 * Cursors are opaque strings made by the engine; they stay valid while rows are added (keyset paging never skips
 * or repeats a row because of inserts before the cursor). A cursor not made by the engine is rejected with an
 * {@link IllegalArgumentException}.
 *
 * @param cursor where the previous page ended; empty for the first page
 * @param size   how many items at most, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(Optional<String> cursor, int size) {

    /** Largest page size; lists larger than this are paged, never loaded whole. */
    public static final int MAX_SIZE = 500;

    public PageRequest {
        Checks.notNull(cursor, "cursor");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ", got " + size);
        }
    }

    /** The first page of {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /** The page of {@code size} items after {@code cursor}. */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Optional.of(Checks.notBlank(cursor, "cursor")), size);
    }
}
