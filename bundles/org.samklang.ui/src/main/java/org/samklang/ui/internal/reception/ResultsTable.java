package org.samklang.ui.internal.reception;

import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.reception.model.DirectoryResult;
import org.samklang.ui.internal.reception.model.ReceptionPresenter;
import org.samklang.ui.internal.reception.model.ReceptionTexts;
import org.samklang.ui.internal.reception.model.ResultRow;

/**
 * The virtual results table: rows are formatted only when they scroll into view; a row whose page is not loaded yet
 * shows "Loading…" and asks the presenter for its page. The state is shown by glyph, colour and name together.
 */
final class ResultsTable {

    /** Column widths; 0 marks the name column, which takes what is left. */
    private static final int[] WIDTHS = {28, 0, 150, 96, 104, 60, 110, 56};
    private static final int MIN_NAME = 140;

    private final Table table;
    private final ReceptionPresenter presenter;
    private final ReceptionTexts texts;
    private final Palette palette;
    private DirectoryResult result;

    ResultsTable(Composite parent, ReceptionPresenter presenter, ReceptionTexts texts, Palette palette) {
        this.presenter = presenter;
        this.texts = texts;
        this.palette = palette;
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = texts.headers();
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.CENTER : SWT.LEFT);
            column.setText(i == 0 ? "" : headers[i]);
            column.setToolTipText(headers[i]);
            column.setWidth(WIDTHS[i] > 0 ? WIDTHS[i] : MIN_NAME);
        }
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.Resize, e -> fitColumns());
        table.addListener(SWT.Selection, e -> presenter.rowSelected(table.getSelectionIndex()));
    }

    Table control() {
        return table;
    }

    void show(DirectoryResult shown, int selectedRow) {
        result = shown;
        table.setRedraw(false);
        try {
            table.setItemCount(shown.rowCount());
            table.clearAll();
            select(selectedRow);
        } finally {
            table.setRedraw(true);
        }
    }

    void showMore(DirectoryResult shown, int firstNewRow) {
        result = shown;
        int end = Math.min(shown.rowCount(), shown.favourites().size() + shown.hits().size());
        if (end > firstNewRow) {
            table.clear(firstNewRow, end - 1);
        }
    }

    void select(int row) {
        if (row < 0 || row >= table.getItemCount()) {
            table.deselectAll();
            return;
        }
        table.setSelection(row);
        table.showSelection();
    }

    /** {@return rows visible at once} */
    int visibleRows() {
        return Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()) - 1);
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        Optional<PersonSearchHit> hit = result == null ? Optional.empty() : result.hit(event.index);
        if (hit.isEmpty()) {
            item.setText(texts.placeholderCells());
            presenter.rowWanted(event.index);
            return;
        }
        ResultRow row = texts.row(hit.get(), result.isFavouriteRow(event.index));
        item.setText(row.cells());
        item.setForeground(ResultRow.Column.GLYPH.ordinal(), palette.foreground(row.tone()));
        item.setForeground(ResultRow.Column.STATE.ordinal(), palette.foreground(row.tone() == Tone.GOOD
                ? Tone.GOOD
                : Tone.NORMAL));
        if (row.favourite()) {
            item.setFont(ResultRow.Column.NAME.ordinal(), palette.bold());
        }
    }

    private void fitColumns() {
        int fixed = 0;
        for (int width : WIDTHS) {
            fixed += width;
        }
        int name = Math.max(MIN_NAME, table.getClientArea().width - fixed);
        int nameColumn = ResultRow.Column.NAME.ordinal();
        if (table.getColumn(nameColumn).getWidth() != name) {
            table.getColumn(nameColumn).setWidth(name);
        }
    }
}
