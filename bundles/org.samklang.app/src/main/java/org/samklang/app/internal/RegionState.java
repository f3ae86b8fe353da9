package org.samklang.app.internal;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * What one region shows: whether its widget is visible, its size, and the visible texts and row counts
 * found in its widget tree.
 */
record RegionState(String id, boolean visible, int width, int height, int rows, List<String> texts) {

    private static final int MAX_TEXTS = 12;

    static RegionState of(String id, Object widget) {
        if (!(widget instanceof Control control) || control.isDisposed()) {
            return new RegionState(id, false, 0, 0, 0, List.of());
        }
        List<String> texts = new ArrayList<>();
        int rows = walk(control, texts);
        var size = control.getSize();
        return new RegionState(id, control.isVisible(), size.x, size.y, rows, texts);
    }

    /** A region has content when it is on screen with a real size and shows at least one text or row. */
    boolean hasContent() {
        return visible && width > 20 && height > 10 && (rows > 0 || !texts.isEmpty());
    }

    String line() {
        return "region " + id + " visible=" + visible + " size=" + width + "x" + height + " rows=" + rows
                + " content=" + hasContent() + " texts=" + String.join(" | ", texts);
    }

    private static int walk(Control control, List<String> texts) {
        if (!control.isVisible()) {
            return 0;
        }
        int rows = 0;
        if (control instanceof Table table) {
            rows += table.getItemCount();
        } else if (control instanceof Tree tree) {
            rows += tree.getItemCount();
        }
        String text = textOf(control);
        if (text != null && !text.isBlank() && texts.size() < MAX_TEXTS) {
            texts.add(text.strip().replace('\n', ' ').replace('|', '/'));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                rows += walk(child, texts);
            }
        }
        return rows;
    }

    private static String textOf(Control control) {
        if (control instanceof Label label) {
            return label.getText();
        } else if (control instanceof Button button) {
            return button.getText();
        } else if (control instanceof StyledText styled) {
            return styled.getText();
        } else if (control instanceof Text text) {
            return text.getText().isEmpty() ? text.getMessage() : text.getText();
        }
        return null;
    }
}
