package org.samklang.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;

/**
 * Shows a list's or text's vertical scrollbar only while the widget is tall enough for one. GTK 3 cannot fit a
 * scrollbar into less than about 50 to 85 pixels and says so on the console on every layout pass ("Gtk-CRITICAL
 * gtk_box_gadget_distribute: assertion 'size >= 0' failed in GtkScrollbar") and draws no usable bar. A region that
 * short shows a few lines; the bar comes back as soon as the widget has the room.
 */
final class ScrollbarRoom {

    /**
     * Measured in the desk on GTK 3.24 (Adwaita), with margin: a text's bar was refused at 36 and 52 pixels, a
     * table's (which always has a horizontal bar too) up to 80.
     */
    static final int TEXT_MINIMUM_HEIGHT = 64;
    static final int TABLE_MINIMUM_HEIGHT = 96;

    private ScrollbarRoom() {
    }

    /** Keeps {@code scrollable}'s vertical bar hidden while it has no room, from now on. */
    static void keep(Scrollable scrollable) {
        ScrollBar bar = scrollable.getVerticalBar();
        if (bar == null) {
            return;
        }
        Listener fit = e -> {
            int needed = TEXT_MINIMUM_HEIGHT;
            if (scrollable instanceof Table table) {
                needed = TABLE_MINIMUM_HEIGHT + (table.getHeaderVisible() ? table.getHeaderHeight() : 0);
            }
            boolean room = scrollable.getSize().y >= needed;
            if (bar.getVisible() != room) {
                bar.setVisible(room);
            }
        };
        scrollable.addListener(SWT.Resize, fit);
        fit.handleEvent(null);
    }
}
