package org.samklang.ui.internal.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one engine page contributed to the conversation list.
 *
 * @param entries     the rows it yielded, in list order (fewer than {@code scanned} when a filter or a search
 *                    dropped or merged some)
 * @param scanned     how many items the engine's page held
 * @param sourceTotal the engine's total for the underlying list (conversations of the view, or matching messages)
 * @param nextCursor  where the next engine page starts; empty when this was the last
 */
public record InboxChunk(List<InboxEntry> entries, int scanned, long sourceTotal, Optional<String> nextCursor) {

    public InboxChunk {
        entries = List.copyOf(entries);
        Objects.requireNonNull(nextCursor, "nextCursor");
        if (scanned < 0 || sourceTotal < 0) {
            throw new IllegalArgumentException("scanned and sourceTotal must not be negative");
        }
    }
}
