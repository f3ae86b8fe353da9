package org.samklang.ui.internal.startup;

import java.time.Clock;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.ui.internal.model.StoreTexts;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The one Samklang screen of a desk that cannot work: its store cannot be opened (damaged, newer, unreadable, disk
 * full) or its data folder is in use by another desk. It says what happened, what to do, and which file or folder
 * it is about (selectable, to copy), and offers one button: quit. It works with or without the workbench (the
 * application shows it before the window opens when it knows in time). UI thread; {@link #open} returns when the
 * user closed it.
 */
public final class StoreProblemDialog {

    /** The shell's name, so scripts and tests can find the dialog among the display's windows. */
    public static final String WINDOW_NAME = "Samklang";
    private static final int WIDTH = 560;

    private final StoreTexts.Problem problem;
    private final UiMessages messages;

    private StoreProblemDialog(StoreTexts.Problem problem, UiMessages messages) {
        this.problem = problem;
        this.messages = messages;
    }

    /** Shows why the store cannot be used; returns when it was closed. Nothing is shown for another state. */
    public static void openUnusable(Display display, Shell parent, StoreHealth health) {
        UiMessages messages = UiMessages.current();
        new StoreTexts(messages, new TimeTexts(Clock.systemDefaultZone(), messages)).problem(health)
                .ifPresent(problem -> new StoreProblemDialog(problem, messages).open(display, parent));
    }

    /** Shows that another desk uses {@code dataFolder}; returns when it was closed. */
    public static void openDataFolderInUse(Display display, String dataFolder) {
        UiMessages messages = UiMessages.current();
        StoreTexts texts = new StoreTexts(messages, new TimeTexts(Clock.systemDefaultZone(), messages));
        new StoreProblemDialog(texts.dataFolderInUse(dataFolder), messages).open(display, null);
    }

    private void open(Display display, Shell parent) {
        Shell shell = parent == null || parent.isDisposed()
                ? new Shell(display, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL)
                : new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(WINDOW_NAME + ": " + problem.title());
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 16;
        layout.marginHeight = 16;
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 10;
        shell.setLayout(layout);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(display), shell);

        Label icon = new Label(shell, SWT.NONE);
        icon.setImage(display.getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false, 1, 4));
        Label title = paragraph(shell, problem.title());
        title.setFont(resources.create(FontDescriptor.createFrom(shell.getFont()).setStyle(SWT.BOLD)
                .increaseHeight(2)));
        paragraph(shell, problem.what());
        paragraph(shell, problem.todo());
        copyable(shell, messages.format("store.unusable.where"), problem.location());
        if (!problem.details().isEmpty()) {
            new Label(shell, SWT.NONE);
            copyable(shell, messages.format("store.unusable.details"), problem.details());
        }
        Button quit = new Button(shell, SWT.PUSH);
        quit.setText(messages.format("store.unusable.quit"));
        quit.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        quit.addListener(SWT.Selection, e -> shell.close());
        shell.setDefaultButton(quit);

        shell.pack();
        shell.setSize(shell.computeSize(WIDTH, SWT.DEFAULT));
        center(shell, parent);
        shell.open();
        quit.setFocus();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static Label paragraph(Shell shell, String text) {
        Label label = new Label(shell, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = WIDTH - 100;
        label.setLayoutData(data);
        return label;
    }

    /** A caption and a read-only, selectable text, so a path or an error can be copied into a ticket. */
    private static void copyable(Shell shell, String caption, String value) {
        paragraph(shell, caption);
        new Label(shell, SWT.NONE);
        Text text = new Text(shell, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = WIDTH - 100;
        text.setLayoutData(data);
    }

    private static void center(Shell shell, Shell parent) {
        var area = parent != null && !parent.isDisposed()
                ? parent.getBounds()
                : shell.getDisplay().getPrimaryMonitor().getClientArea();
        var size = shell.getSize();
        shell.setLocation(area.x + Math.max(0, (area.width - size.x) / 2),
                area.y + Math.max(0, (area.height - size.y) / 3));
    }
}
