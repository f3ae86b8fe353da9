package org.samklang.ui.internal.parts;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.ui.internal.model.InboxEntry;
import org.samklang.ui.internal.model.InboxPager;
import org.samklang.ui.internal.model.InboxRowFormatter;
import org.samklang.ui.internal.model.ListHighlight;
import org.samklang.ui.internal.model.Tone;

/**
 * The virtual conversation table: rows are filled only when they scroll into view, from the {@link InboxPager},
 * which asks for the next keyset page when a row is not loaded yet.
 * <p>
 * Arrow keys move the highlight without opening anything (so going down a long list stays fast); Enter,
 * a double click or a click opens the highlighted conversation in the other parts.
 */
final class InboxTable {

    /** Fixed widths; 0 marks the customer and subject columns, which share what is left. */
    private static final int[] WIDTHS = {26, 0, 0, 60, 68};
    private static final int MIN_FLEXIBLE = 60;
    /** The customer's share of the flexible width, in percent; the subject gets the rest. */
    private static final int CUSTOMER_SHARE = 50;
    /** Rows beyond the visible ones worth reading ahead when a placeholder is drawn. */
    private static final int READ_AHEAD = 40;

    /** Above this many rows a new table is faster than emptying the old one (GTK removes rows one by one). */
    private static final int RECREATE_ABOVE = 10_000;
    /** Put before the customer of a conversation with messages the agent has not seen. */
    private static final String UNREAD_MARK = "\u25CF ";

    private final Composite parent;
    private Table table;
    private final InboxPager pager;
    private final InboxRowFormatter rows;
    private final Consumer<InboxPager.Request> fetch;
    private Predicate<ConversationId> unread = id -> false;
    private Font unreadFont;
    private Palette palette;
    private final ListHighlight highlight;
    private boolean mouseDown;

    InboxTable(Composite parent, InboxPager pager, InboxRowFormatter rows, Consumer<InboxPager.Request> fetch,
            Consumer<Conversation> open) {
        this.pager = pager;
        this.rows = rows;
        this.fetch = fetch;
        this.parent = parent;
        table = createTable();
        highlight = new ListHighlight(pager, new ListHighlight.Selection() {

            @Override
            public int index() {
                return table.getSelectionIndex();
            }

            @Override
            public void select(int index) {
                table.setSelection(index);
            }

            @Override
            public void clear() {
                table.deselectAll();
            }
        }, open);
    }

    private Table createTable() {
        Table created = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        created.setHeaderVisible(true);
        created.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = rows.headers();
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(created, i == 0 ? SWT.CENTER : SWT.LEFT);
            column.setText(i == 0 ? "" : headers[i]);
            column.setToolTipText(headers[i]);
            column.setWidth(WIDTHS[i] > 0 ? WIDTHS[i] : MIN_FLEXIBLE);
        }
        created.addListener(SWT.SetData, this::fill);
        created.addListener(SWT.Resize, e -> fitColumns());
        created.getVerticalBar().addListener(SWT.Selection, e -> wantVisibleRows());
        created.addListener(SWT.Selection, e -> highlight.selected(mouseDown));
        created.addListener(SWT.DefaultSelection, e -> highlight.selected(true));
        created.addListener(SWT.MouseDown, e -> mouseDown = true);
        created.addListener(SWT.MouseUp, e -> {
            mouseDown = false;
            highlight.selected(true);
        });
        return created;
    }

    Table control() {
        return table;
    }

    /**
     * Shows what the pager has now: after a first page every visible row is refilled; after a later page only the
     * new rows and the trailing placeholder.
     */
    void rowsChanged(boolean firstPage, int loadedBefore) {
        int count = pager.itemCount();
        if (count == 0) {
            empty();
        } else {
            table.setItemCount(count);
        }
        if (firstPage) {
            table.clearAll();
            highlight.firstPageArrived();
        } else {
            // Only rows that now have data (and the trailing placeholder) are refilled; clearing the rest would make
            // GTK ask for rows nobody looks at, and read the whole list page by page.
            int end = Math.min(count, pager.loadedCount() + 1);
            if (end > loadedBefore) {
                table.clear(loadedBefore, end - 1);
            }
            highlight.rowsArrived();
        }
    }

    /**
     * Removes every row. GTK deletes from the first row and moves its cursor row by row (a second per 20,000 rows);
     * cutting from the end first keeps the cursor row to the last and takes milliseconds, and for very long lists
     * a fresh table is faster still.
     */
    private void empty() {
        highlight.restart();
        if (table.getItemCount() <= RECREATE_ABOVE) {
            table.setItemCount(Math.min(1, table.getItemCount()));
            table.removeAll();
            return;
        }
        boolean focused = table.isFocusControl();
        Table old = table;
        table = createTable();
        table.moveAbove(old);
        old.dispose();
        fitColumns();
        parent.layout(true);
        if (focused) {
            table.setFocus();
        }
    }

    /** Refills the visible rows only (GTK pays for every row cleared), e.g. so waiting times move on. */
    void refreshVisible() {
        int top = table.getTopIndex();
        int rows = table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1;
        int last = Math.min(table.getItemCount(), top + rows) - 1;
        if (last >= top) {
            table.clear(top, last);
        }
    }

    /** Moves the keyboard into the list, highlighting the first row if none is. */
    void focus() {
        table.setFocus();
        if (table.getSelectionIndex() < 0 && table.getItemCount() > 0) {
            table.setSelection(0);
            highlight.selected(false);
        }
    }

    /** Marks rows of conversations with unseen messages: a dot before the customer and a bold row. */
    void showUnread(Predicate<ConversationId> isUnread, Font font) {
        this.unread = isUnread;
        this.unreadFont = font;
    }

    /** Colours the waiting time of work at risk of its SLA (orange) or past it (red) with {@code tones}. */
    void showSla(Palette tones) {
        this.palette = tones;
    }

    /** Highlights and opens the row {@code delta} rows below (negative: above) the highlighted one. */
    void move(int delta) {
        int count = table.getItemCount();
        if (count == 0) {
            return;
        }
        int index = Math.max(0, Math.min(count - 1, table.getSelectionIndex() + delta));
        table.setSelection(index);
        table.showSelection();
        highlight.selected(true);
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        Optional<InboxEntry> entry = pager.row(event.index);
        if (entry.isPresent()) {
            String[] cells = rows.cells(entry.get());
            boolean isUnread = unread.test(entry.get().conversation().id());
            if (isUnread) {
                int customer = InboxRowFormatter.Column.CUSTOMER.ordinal();
                cells[customer] = UNREAD_MARK + cells[customer];
            }
            item.setText(cells);
            item.setFont(isUnread ? unreadFont : null);
            if (palette != null) {
                // Within target stays plain: a calm list makes the orange and red rows stand out.
                Tone tone = rows.waitingTone(entry.get());
                item.setForeground(InboxRowFormatter.Column.WAITING.ordinal(),
                        tone == Tone.GOOD ? null : palette.foreground(tone));
            }
            item.setData(entry.get().conversation());
        } else {
            item.setText(rows.placeholder());
            item.setData(null);
            // GTK also asks for rows far below the visible ones while it measures; those wait until scrolled to.
            if (event.index <= lastVisibleRow() + READ_AHEAD) {
                pager.want(event.index).ifPresent(fetch);
            }
        }
    }

    private void wantVisibleRows() {
        int last = Math.min(lastVisibleRow(), table.getItemCount() - 1);
        if (last >= 0 && pager.row(last).isEmpty()) {
            pager.want(last).ifPresent(fetch);
        }
    }

    private int lastVisibleRow() {
        int rowHeight = Math.max(1, table.getItemHeight());
        return table.getTopIndex() + table.getClientArea().height / rowHeight + 1;
    }

    private void fitColumns() {
        int fixed = 0;
        for (int width : WIDTHS) {
            fixed += width;
        }
        int flexible = Math.max(2 * MIN_FLEXIBLE, table.getClientArea().width - fixed);
        int customer = Math.max(MIN_FLEXIBLE, flexible * CUSTOMER_SHARE / 100);
        for (int i = 0; i < WIDTHS.length; i++) {
            int columnWidth = WIDTHS[i] > 0
                    ? WIDTHS[i]
                    : i == InboxRowFormatter.Column.CUSTOMER.ordinal() ? customer : flexible - customer;
            if (table.getColumn(i).getWidth() != columnWidth) {
                table.getColumn(i).setWidth(columnWidth);
            }
        }
    }
}
