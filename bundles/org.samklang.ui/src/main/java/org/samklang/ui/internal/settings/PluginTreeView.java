package org.samklang.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.NodeKey;
import org.samklang.ui.internal.settings.model.PluginTree;
import org.samklang.ui.internal.settings.model.SettingsPresenter;
import org.samklang.ui.internal.settings.model.TreeNode;

/**
 * The plugins tree: roles, types and instances with their state in a second column. Rows are updated in place when
 * only their texts change, so the selection and the scroll position stay while states change under the user. Enter
 * moves to the form, Delete removes the selected instance (after the confirmation). UI thread only.
 */
final class PluginTreeView {

    private static final int NAME_SHARE_PERCENT = 55;
    /** Room a cell takes besides its text, in pixels. */
    private static final int CELL_PADDING = 12;

    private final Tree tree;
    private final TreeColumn nameColumn;
    private final TreeColumn stateColumn;
    private final Palette palette;
    private List<Row> shape = List.of();
    private boolean updating;

    private record Row(NodeKey key, int depth) {
    }

    PluginTreeView(Composite parent, UiMessages messages, Palette palette, SettingsPresenter presenter) {
        this.palette = palette;
        tree = new Tree(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setHeaderVisible(true);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        nameColumn = new TreeColumn(tree, SWT.LEFT);
        nameColumn.setText(messages.format("settings.tree.column.name"));
        stateColumn = new TreeColumn(tree, SWT.LEFT);
        stateColumn.setText(messages.format("settings.tree.column.state"));
        tree.addListener(SWT.Resize, e -> fitColumns());
        tree.addListener(SWT.Selection, e -> {
            if (!updating && e.item instanceof TreeItem item && item.getData() instanceof NodeKey key) {
                presenter.select(key);
            }
        });
        tree.addListener(SWT.MouseHover, e -> {
            // A long state ("Offline: connection refused by …") is cut off in its column: the whole is a hover away.
            TreeItem item = tree.getItem(new Point(e.x, e.y));
            String whole = item == null ? "" : item.getText(1);
            tree.setToolTipText(cutOff(whole) ? whole : null);
        });
        tree.addListener(SWT.DefaultSelection, e -> presenter.openSelected());
        tree.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                presenter.remove();
            }
        });
    }

    void setFocus() {
        tree.setFocus();
    }

    void show(PluginTree model, Optional<NodeKey> selected) {
        updating = true;
        try {
            List<Row> rows = new ArrayList<>();
            model.roots().forEach(root -> flatten(root, 0, rows));
            if (rows.equals(shape)) {
                TreeItem[] items = tree.getItems();
                for (int i = 0; i < items.length; i++) {
                    update(items[i], model.roots().get(i));
                }
            } else {
                tree.removeAll();
                model.roots().forEach(root -> build(new TreeItem(tree, SWT.NONE), root));
                expand(tree.getItems());
                shape = rows;
            }
            if (!select(tree.getItems(), selected.orElse(null))) {
                tree.deselectAll();
            }
        } finally {
            updating = false;
        }
    }

    private static void flatten(TreeNode node, int depth, List<Row> out) {
        out.add(new Row(node.key(), depth));
        node.children().forEach(child -> flatten(child, depth + 1, out));
    }

    private void build(TreeItem item, TreeNode node) {
        item.setData(node.key());
        texts(item, node);
        node.children().forEach(child -> build(new TreeItem(item, SWT.NONE), child));
    }

    /** Opens every row, parents first: GTK does not open a row under one that is still closed. */
    private static void expand(TreeItem[] items) {
        for (TreeItem item : items) {
            item.setExpanded(true);
            expand(item.getItems());
        }
    }

    private void update(TreeItem item, TreeNode node) {
        texts(item, node);
        TreeItem[] children = item.getItems();
        for (int i = 0; i < children.length; i++) {
            update(children[i], node.children().get(i));
        }
    }

    private void texts(TreeItem item, TreeNode node) {
        if (!item.getText(0).equals(node.name())) {
            item.setText(0, node.name());
        }
        if (!item.getText(1).equals(node.state())) {
            item.setText(1, node.state());
        }
        item.setForeground(1, palette.foreground(node.tone()));
    }

    private boolean select(TreeItem[] items, NodeKey key) {
        if (key == null) {
            tree.deselectAll();
            return true;
        }
        for (TreeItem item : items) {
            if (key.equals(item.getData())) {
                if (tree.getSelectionCount() != 1 || tree.getSelection()[0] != item) {
                    tree.setSelection(item);
                }
                return true;
            }
            if (select(item.getItems(), key)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether {@code state} is wider than its column} */
    private boolean cutOff(String state) {
        if (state.isEmpty()) {
            return false;
        }
        GC gc = new GC(tree);
        try {
            return gc.textExtent(state).x + CELL_PADDING > stateColumn.getWidth();
        } finally {
            gc.dispose();
        }
    }

    private void fitColumns() {
        int width = tree.getClientArea().width;
        if (width <= 0) {
            return;
        }
        int name = width * NAME_SHARE_PERCENT / 100;
        nameColumn.setWidth(name);
        stateColumn.setWidth(Math.max(0, width - name));
    }
}
