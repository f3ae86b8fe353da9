package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.ui.internal.model.EmptyDesk;
import org.samklang.ui.internal.model.Tone;

/**
 * The lines in the empty conversation region that say what this desk lacks ({@link EmptyDesk}) and where to add it,
 * following the installed plugins. Plugins start after the window, so the lines wait {@link #SETTLE_MILLIS} after the
 * plugin list first arrives before they say anything: a desk whose sandbox is still starting does not flash "no
 * channels". UI thread only, except the subscription's listener, which hands over to the UI thread.
 */
final class EmptyDeskView {

    /** How long plugins may take to register after the window opened before a missing part is said. */
    static final int SETTLE_MILLIS = 4000;
    /** The command that opens the Settings view; the last line names its key (Ctrl+F3). */
    static final String SETTINGS_COMMAND = StatusLineControl.SETTINGS_COMMAND;

    private final Composite box;
    private final Label[] lines = new Label[5];
    private final EmptyDesk desk;
    private final Palette palette;
    private final UiThread threads;
    private final Supplier<Optional<String>> settingsKey;
    private List<ConnectorStatus> plugins = List.of();
    private boolean settled;
    private AutoCloseable subscription;

    EmptyDeskView(Composite parent, EmptyDesk desk, Palette palette, UiThread threads,
            Supplier<Optional<String>> settingsKey) {
        this.desk = desk;
        this.palette = palette;
        this.threads = threads;
        this.settingsKey = settingsKey;
        box = new Composite(parent, SWT.NONE);
        box.setLayout(Layouts.tight(1, false));
        GridData boxData = new GridData(SWT.FILL, SWT.TOP, true, false);
        boxData.verticalIndent = 12;
        box.setLayoutData(boxData);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new Label(box, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.widthHint = 200; // wrap within the region instead of widening it
            lines[i].setLayoutData(data);
        }
        refresh();
    }

    /** Follows the installed plugins from now on; null while the desk has not started. */
    void follow(ConnectorStatusService service) {
        close();
        if (service == null) {
            plugins = List.of();
            refresh();
            return;
        }
        subscription = service.subscribe(now -> threads.ui(() -> {
            plugins = now;
            refresh();
        }));
        plugins = service.connectors();
        box.getDisplay().timerExec(SETTLE_MILLIS, () -> {
            settled = true;
            refresh();
        });
        refresh();
    }

    void refresh() {
        if (box.isDisposed()) {
            return;
        }
        List<String> texts = settled ? desk.lines(plugins, settingsKey.get()) : List.of();
        for (int i = 0; i < lines.length; i++) {
            boolean used = i < texts.size();
            lines[i].setText(used ? texts.get(i) : "");
            lines[i].setVisible(used);
            ((GridData) lines[i].getLayoutData()).exclude = !used;
            lines[i].setForeground(palette.foreground(i == 0 && texts.size() == lines.length
                    ? Tone.NORMAL
                    : Tone.MUTED));
        }
        lines[0].setFont(texts.size() == lines.length ? palette.bold() : null);
        box.setVisible(!texts.isEmpty());
        ((GridData) box.getLayoutData()).exclude = texts.isEmpty();
        box.getParent().layout(true, true);
    }

    void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // Closing a subscription only removes a listener; nothing to report.
            }
            subscription = null;
        }
    }
}
