package org.samklang.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Writes the visible part of a widget tree as JSON, with what a user reads in each widget: label, button and
 * field texts, a table's or tree's visible rows, enabled, selected and focused states. Hidden controls (and their
 * children) are left out, as the user does not see them. UI thread only.
 */
final class WidgetDump {

    /** Longer texts (a long timeline) are cut to their last part, where the newest entries are. */
    private static final int MAX_TEXT = 30_000;
    private static final int MAX_TREE_ROWS = 200;

    private final JsonWriter json;
    private final Control focus;

    WidgetDump(JsonWriter json, Control focus) {
        this.json = json;
        this.focus = focus;
    }

    /** Writes {@code [x, y, width, height]}, or null. */
    static void writeRectangle(JsonWriter json, org.eclipse.swt.graphics.Rectangle r) {
        if (r == null) {
            json.value((String) null);
            return;
        }
        json.beginArray();
        json.value(r.x);
        json.value(r.y);
        json.value(r.width);
        json.value(r.height);
        json.endArray();
    }

    /** Writes {@code control} and its visible descendants as one JSON object. */
    void write(Control control) {
        json.beginObject();
        json.field("type", typeOf(control));
        var at = control.toDisplay(0, 0);
        var size = control.getSize();
        json.key("bounds");
        json.beginArray();
        json.value(at.x);
        json.value(at.y);
        json.value(size.x);
        json.value(size.y);
        json.endArray();
        if (!control.isEnabled()) {
            json.field("enabled", false);
        }
        if (control == focus) {
            json.field("focus", true);
        }
        writeContent(control);
        if (control instanceof Composite composite && !(control instanceof Table || control instanceof Tree)) {
            writeChildren(composite);
        }
        json.endObject();
    }

    private void writeChildren(Composite composite) {
        boolean open = false;
        for (Control child : composite.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            if (!open) {
                json.key("children");
                json.beginArray();
                open = true;
            }
            write(child);
        }
        if (open) {
            json.endArray();
        }
    }

    private void writeContent(Control control) {
        switch (control) {
            case Label label -> json.field("text", label.getText());
            case Button button -> {
                json.field("text", button.getText());
                if ((button.getStyle() & (SWT.TOGGLE | SWT.CHECK | SWT.RADIO)) != 0) {
                    json.field("selected", button.getSelection());
                }
            }
            case StyledText styled -> json.field("text", tail(styled.getText()));
            case Text text -> {
                json.field("text", text.getText());
                json.field("hint", text.getMessage());
                json.field("editable", text.getEditable());
            }
            case Combo combo -> json.field("text", combo.getText());
            case Table table -> writeTable(table);
            case Tree tree -> writeTree(tree);
            default -> {
                // composites and canvases: their children say what is shown
            }
        }
        String tip = control.getToolTipText();
        if (tip != null && !tip.isBlank()) {
            json.field("tooltip", tip);
        }
    }

    /** The rows a user sees: from the top index down as far as the client area reaches. */
    private void writeTable(Table table) {
        json.field("itemCount", table.getItemCount());
        json.field("selectionIndex", table.getSelectionIndex());
        json.field("topIndex", table.getTopIndex());
        int columns = Math.max(1, table.getColumnCount());
        json.key("headers");
        json.beginArray();
        for (int c = 0; c < table.getColumnCount(); c++) {
            json.value(table.getColumn(c).getText());
        }
        json.endArray();
        json.key("columnWidths");
        json.beginArray();
        for (int c = 0; c < table.getColumnCount(); c++) {
            json.value(table.getColumn(c).getWidth());
        }
        json.endArray();
        int visible = table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1;
        int end = Math.min(table.getItemCount(), table.getTopIndex() + visible);
        json.key("rows");
        json.beginArray();
        for (int i = Math.max(0, table.getTopIndex()); i < end; i++) {
            TableItem item = table.getItem(i);
            json.beginArray();
            json.value(Integer.toString(i));
            for (int c = 0; c < columns; c++) {
                json.value(item.getText(c));
            }
            json.endArray();
        }
        json.endArray();
    }

    private void writeTree(Tree tree) {
        json.field("itemCount", tree.getItemCount());
        json.key("rows");
        json.beginArray();
        int[] written = {0};
        for (TreeItem item : tree.getItems()) {
            writeTreeItem(item, 0, written);
        }
        json.endArray();
    }

    private void writeTreeItem(TreeItem item, int depth, int[] written) {
        if (written[0]++ >= MAX_TREE_ROWS) {
            return;
        }
        json.beginArray();
        json.value(Integer.toString(depth));
        int columns = Math.max(1, item.getParent().getColumnCount());
        for (int c = 0; c < columns; c++) {
            json.value(item.getText(c));
        }
        json.endArray();
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                writeTreeItem(child, depth + 1, written);
            }
        }
    }

    /** Anonymous subclasses have no simple name; the nearest named superclass says what the user sees. */
    static String typeOf(Control control) {
        Class<?> type = control.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass();
        }
        return type.getSimpleName();
    }

    private static String tail(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(text.length() - MAX_TEXT);
    }
}
