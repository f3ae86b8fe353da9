package org.samklang.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;

/**
 * Shows a list's or text's vertical scrollbar only while the widget is tall enough for one. GTK 3 cannot fit a
 * scrollbar into less than about 64 pixels and says so on the console on every layout pass ("Gtk-CRITICAL
 * gtk_box_gadget_distribute: assertion 'size >= 0' failed in GtkScrollbar") and draws no usable bar. A region that
 * short shows a line or two; the bar comes back as soon as the widget has the room.
 */
final class ScrollbarRoom {

    /** Measured in the desk on GTK 3.24 (Adwaita): refused up to 63 pixels; 72 leaves a margin for larger fonts. */
    static final int MINIMUM_HEIGHT = 72;

    private ScrollbarRoom() {
    }

    /** Keeps {@code scrollable}'s vertical bar hidden while it has no room, from now on. */
    static void keep(Scrollable scrollable) {
        ScrollBar bar = scrollable.getVerticalBar();
        if (bar == null) {
            return;
        }
        Listener fit = e -> {
            int header = scrollable instanceof Table table && table.getHeaderVisible() ? table.getHeaderHeight() : 0;
            boolean room = scrollable.getSize().y - header >= MINIMUM_HEIGHT;
            if (bar.getVisible() != room) {
                bar.setVisible(room);
            }
        };
        scrollable.addListener(SWT.Resize, fit);
        fit.handleEvent(null);
    }
}
