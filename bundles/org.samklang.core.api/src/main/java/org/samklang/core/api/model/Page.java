package org.samklang.core.api.model;

import java.util.List;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * One page of a keyset-paged list, with the total so the UI can show "n of N" and never caps silently.
 * <p>
 * The items and the total come from one consistent snapshot of the store.
 *
 * @param items      the items of this page, in the list's order
 * @param totalCount how many items the whole list holds
 * @param nextCursor the cursor for {@link PageRequest#after(String, int)}; empty on the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, long totalCount, Optional<String> nextCursor) {

    public Page {
        items = Checks.copyOf(items, "items");
        Checks.notNull(nextCursor, "nextCursor");
        if (totalCount < items.size()) {
            throw new IllegalArgumentException("totalCount " + totalCount + " is less than the page's "
                    + items.size() + " items");
        }
    }

    /** Whether a further page exists. */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
