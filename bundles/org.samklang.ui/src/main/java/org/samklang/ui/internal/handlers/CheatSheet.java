package org.samklang.ui.internal.handlers;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.model.KeyMap;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The keyboard cheat sheet: a non-modal window beside the desktop listing every key binding (command, keys,
 * category) with a filter field. Escape or the same shortcut again closes it. UI thread only.
 */
final class CheatSheet {

    private static final int WIDTH = 620;
    private static final int HEIGHT = 520;
    private static Shell open;

    private final Shell shell;
    private final Table table;
    private final List<KeyMap.Row> rows;

    private CheatSheet(Shell parent, List<KeyMap.Row> rows, UiMessages messages) {
        this.rows = rows;
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        shell.setText(messages.format("keys.title"));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 8;
        shell.setLayout(layout);
        Text filter = new Text(shell, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(messages.format("keys.filter"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(messages.format("keys.column.command"), 290);
        column(messages.format("keys.column.keys"), 140);
        column(messages.format("keys.column.category"), 150);
        Label hint = new Label(shell, SWT.NONE);
        hint.setText(messages.format("keys.hint"));
        filter.addListener(SWT.Modify, e -> fill(filter.getText()));
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                table.setFocus();
            }
        });
        shell.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                shell.close();
            }
        });
        shell.addListener(SWT.Dispose, e -> open = null);
        fill("");
        place(parent);
    }

    /** Opens the cheat sheet over {@code parent}, or closes it when it is open. */
    static void toggle(Shell parent, List<KeyMap.Row> rows, UiMessages messages) {
        if (open != null && !open.isDisposed()) {
            open.close();
            return;
        }
        CheatSheet sheet = new CheatSheet(parent, rows, messages);
        open = sheet.shell;
        sheet.shell.open();
    }

    private void column(String header, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(header);
        column.setWidth(width);
    }

    private void fill(String filter) {
        table.removeAll();
        for (KeyMap.Row row : KeyMap.matching(rows, filter)) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[]{row.command(), row.keys(), row.category()});
        }
    }

    private void place(Shell parent) {
        Rectangle area = parent.getBounds();
        int width = Math.min(WIDTH, Math.max(320, area.width - 40));
        int height = Math.min(HEIGHT, Math.max(240, area.height - 40));
        shell.setBounds(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
    }
}
