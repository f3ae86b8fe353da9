package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.PageRequest;

/**
 * The rows of the virtual conversation list and which engine page to read next.
 * <p>
 * The table asks for rows by index as they scroll into view ({@link #want}); the pager answers with a row, or with
 * a {@link Request} for the next keyset page, which the part runs off the UI thread and hands back to
 * {@link #accept}. Pages are read in order only (keyset paging cannot jump), at most one at a time; answers of an
 * older {@link #begin generation} are dropped, so a slow page of the previous filter never lands in the new list.
 * <p>
 * Without a filter on top of the engine's view, the table has exactly the engine's total rows from the first page
 * on ("120 of 5,123"); with a media filter or a search the total is unknown until the last page, so the list has
 * one "loading more" row at its end while pages remain, and the footer says how far the scan has got.
 * <p>
 * Not thread-safe: confined to the UI thread.
 */
public final class InboxPager {

    /** Rows read per page while scrolling. */
    public static final int PAGE_SIZE = 100;
    /** Rows kept ready beyond the last one the table asked for, so scrolling rarely shows a placeholder. */
    static final int LOOKAHEAD = 40;
    /** Placeholder rows the table holds beyond the loaded ones (see {@link #itemCount()}). */
    public static final int PLACEHOLDERS_AHEAD = 1_000;

    /** A page to read for generation {@code generation}. */
    public record Request(int generation, InboxSource source, PageRequest page) {
    }

    private final List<InboxEntry> rows = new ArrayList<>();
    private final Set<ConversationId> ids = new HashSet<>();
    private InboxSource source = InboxSource.all();
    private int generation;
    private boolean started;
    private boolean firstPagePending;
    private boolean loading;
    private boolean endReached;
    private Optional<String> cursor = Optional.empty();
    private long sourceTotal;
    private long scanned;
    private int wantedUpTo = -1;
    private RuntimeException failure;

    /**
     * Starts reading {@code newSource} from its first page.
     *
     * @param keepRowsUntilLoaded true for a refresh of the same list (the old rows stay until the new first page
     *                            replaces them, and that page is large enough to cover them, so nothing flickers);
     *                            false for a new filter (the old rows go at once)
     * @return the first page to read
     */
    public Request begin(InboxSource newSource, boolean keepRowsUntilLoaded) {
        int size = keepRowsUntilLoaded
                ? Math.min(PageRequest.MAX_SIZE, Math.max(PAGE_SIZE, rows.size()))
                : PAGE_SIZE;
        source = Objects.requireNonNull(newSource, "newSource");
        generation++;
        started = true;
        firstPagePending = true;
        loading = true;
        failure = null;
        if (!keepRowsUntilLoaded) {
            clearRows();
            wantedUpTo = -1;
        }
        return new Request(generation, source, PageRequest.first(size));
    }

    /** {@return the source the rows come from} */
    public InboxSource source() {
        return source;
    }

    /** The table needs row {@code index}; {@return the page to read for it, if one should be read now} */
    public Optional<Request> want(int index) {
        wantedUpTo = Math.max(wantedUpTo, index);
        return nextRequest();
    }

    /** {@return the next page to read, if the table wants rows beyond those loaded and none is being read} */
    public Optional<Request> nextRequest() {
        if (!started || loading || endReached || failure != null || cursor.isEmpty()) {
            return Optional.empty();
        }
        int missing = wantedUpTo + LOOKAHEAD - rows.size() + 1;
        if (missing <= 0) {
            return Optional.empty();
        }
        loading = true;
        int size = Math.min(PageRequest.MAX_SIZE, Math.max(PAGE_SIZE, missing));
        return Optional.of(new Request(generation, source, PageRequest.after(cursor.get(), size)));
    }

    /**
     * Takes a page read for {@code request}.
     *
     * @return false if the page belongs to an older generation and was dropped
     */
    public boolean accept(Request request, InboxChunk chunk) {
        if (request.generation() != generation) {
            return false;
        }
        loading = false;
        if (firstPagePending) {
            firstPagePending = false;
            clearRows();
        }
        for (InboxEntry entry : chunk.entries()) {
            if (ids.add(entry.conversation().id())) {
                rows.add(entry);
            }
        }
        scanned += chunk.scanned();
        sourceTotal = chunk.sourceTotal();
        cursor = chunk.nextCursor();
        endReached = cursor.isEmpty();
        return true;
    }

    /**
     * Records that reading {@code request} failed. The rows loaded so far stay; nothing more is read until the
     * next {@link #begin}.
     *
     * @return false if the request belonged to an older generation
     */
    public boolean failed(Request request, RuntimeException error) {
        if (request.generation() != generation) {
            return false;
        }
        loading = false;
        firstPagePending = false;
        failure = Objects.requireNonNull(error, "error");
        return true;
    }

    /** {@return the failure of the last read, if it failed} */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * {@return how many rows the table should have, placeholders included: the loaded rows and at most
     * {@value #PLACEHOLDERS_AHEAD} more of the total} GTK's table pays for every row it holds, loaded or not
     * (setting 40,000 rows takes about 200 ms), so a filter change on a huge view would cost that each time; the
     * table grows by pages as the user scrolls, and the footer still says "n of N".
     */
    public int itemCount() {
        if (source.totalIsExact()) {
            return (int) Math.min(exactTotal(), rows.size() + (long) PLACEHOLDERS_AHEAD);
        }
        boolean more = started && !endReached && failure == null && !(firstPagePending && rows.isEmpty());
        return rows.size() + (more ? 1 : 0);
    }

    private long exactTotal() {
        return endReached || failure != null ? rows.size() : Math.max(sourceTotal, rows.size());
    }

    /** {@return the loaded row at {@code index}, or empty while it is a placeholder} */
    public Optional<InboxEntry> row(int index) {
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /** {@return how many rows are loaded} */
    public int loadedCount() {
        return rows.size();
    }

    /** {@return where a conversation is among the loaded rows} */
    public OptionalInt indexOf(ConversationId id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).conversation().id().equals(id)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** {@return the footer line: how many of how many, how far a scan has got, or why reading failed} */
    public String footer(UiMessages messages) {
        if (failure != null) {
            return messages.format("list.footer.failed", FailureTexts.describe(failure, messages));
        }
        if (!started || (firstPagePending && rows.isEmpty())) {
            return messages.format("list.footer.loading");
        }
        if (source.totalIsExact()) {
            long total = exactTotal();
            if (total > 0) {
                return messages.format("list.footer.exact", rows.size(), total);
            }
            return messages.format(source.atRisk()
                    ? "list.footer.atRisk.none"
                    : source.narrowed() ? "list.footer.filtered.none" : "list.footer.empty");
        }
        String kind = source.searchText().isPresent() ? "search" : "filtered";
        if (endReached) {
            return rows.isEmpty()
                    ? messages.format("list.footer." + kind + ".none")
                    : messages.format("list.footer." + kind + ".done", rows.size());
        }
        return messages.format("list.footer." + kind + ".more", rows.size(), scanned, sourceTotal);
    }

    private void clearRows() {
        rows.clear();
        ids.clear();
        scanned = 0;
        sourceTotal = 0;
        cursor = Optional.empty();
        endReached = false;
    }
}
