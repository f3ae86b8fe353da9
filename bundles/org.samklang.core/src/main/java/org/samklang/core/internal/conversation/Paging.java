package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.store.KeysetCursor;

/** Runs one keyset page query: fetches one row more than asked to know whether a next page exists. */
final class Paging {

    /** Reads one item from the current row. */
    @FunctionalInterface
    interface RowReader<T> {

        T read(ResultSet rows) throws SQLException;
    }

    private Paging() {
    }

    /** Where a page starts: after the cursor, or before everything for the first page. */
    static KeysetCursor start(PageRequest request, char kind) {
        return request.cursor().map(text -> KeysetCursor.decode(text, kind))
                .orElse(new KeysetCursor(kind, Long.MAX_VALUE, Long.MAX_VALUE));
    }

    /**
     * Runs {@code query}, whose last parameter must be the row limit (set here to size + 1).
     *
     * @param cursorOf the cursor that points after an item
     */
    static <T> Page<T> page(PreparedStatement query, int limitIndex, PageRequest request, long total,
            RowReader<T> reader, Function<T, KeysetCursor> cursorOf) throws SQLException {
        query.setInt(limitIndex, request.size() + 1);
        List<T> items = new ArrayList<>(request.size() + 1);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                items.add(reader.read(rows));
            }
        }
        Optional<String> next = Optional.empty();
        if (items.size() > request.size()) {
            items.remove(items.size() - 1);
            next = Optional.of(cursorOf.apply(items.get(items.size() - 1)).encode());
        }
        return new Page<>(items, Math.max(total, items.size()), next);
    }
}
