package org.samklang.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tray;
import org.eclipse.swt.widgets.TrayItem;
import org.samklang.ui.internal.model.Attention;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Makes {@link Attention}'s signals visible without interrupting: the count in the window title ("Samklang (3)"),
 * a tray icon with the count in its tooltip where the desktop has a tray (none under Xvfb or on some GNOME
 * setups), and a short beep. It never activates the window or moves the focus. UI thread only.
 */
final class DeskNotifier {

    private static final int ICON_SIZE = 16;

    private final Shell shell;
    private final String baseTitle;
    private final UiMessages messages;
    private TrayItem trayItem;
    private Image trayImage;
    private int shownCount = -1;

    DeskNotifier(Shell shell, String baseTitle, UiMessages messages) {
        this.shell = shell;
        this.baseTitle = baseTitle;
        this.messages = messages;
        Tray tray = shell.getDisplay().getSystemTray();
        if (tray != null) {
            trayImage = dot(shell);
            trayItem = new TrayItem(tray, SWT.NONE);
            trayItem.setImage(trayImage);
            trayItem.setToolTipText(baseTitle);
            // Clicking the tray is the user's own request to see the window; arrivals never raise it.
            trayItem.addListener(SWT.Selection, e -> {
                shell.setMinimized(false);
                shell.setVisible(true);
            });
        }
    }

    /** Shows the counts and beeps when the policy says so. */
    void show(Attention.Signal signal) {
        if (shell.isDisposed()) {
            return;
        }
        if (signal.count() != shownCount) {
            shownCount = signal.count();
            String title = shownCount == 0 ? baseTitle : messages.format("notify.title", baseTitle, shownCount);
            shell.setText(title);
            if (trayItem != null) {
                trayItem.setToolTipText(shownCount == 0
                        ? baseTitle
                        : messages.format("notify.tray", signal.unread(), signal.offers()));
            }
        }
        if (signal.beep()) {
            shell.getDisplay().beep();
        }
    }

    void dispose() {
        if (trayItem != null) {
            trayItem.dispose();
            trayImage.dispose();
        }
    }

    private static Image dot(Shell shell) {
        Image image = new Image(shell.getDisplay(), ICON_SIZE, ICON_SIZE);
        GC gc = new GC(image);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillOval(1, 1, ICON_SIZE - 2, ICON_SIZE - 2);
        } finally {
            gc.dispose();
        }
        return image;
    }
}
