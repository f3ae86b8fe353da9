package org.samklang.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.UiMessages;

/**
 * A region's two faces: "Connecting to the engine…" while a service it needs is missing (at start-up, or while a
 * plugin is being updated), and its real content once the service is there. Never an empty white box.
 */
public final class ConnectingPane {

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Composite waiting;
    private final Label waitingLabel;
    private final Composite content;

    public ConnectingPane(Composite parent, UiMessages messages) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(layout);
        waiting = new Composite(stack, SWT.NONE);
        waiting.setLayout(Layouts.grid(1, false));
        waitingLabel = new Label(waiting, SWT.WRAP);
        waitingLabel.setText(messages.format("common.connecting"));
        waitingLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        content = new Composite(stack, SWT.NONE);
        layout.topControl = waiting;
    }

    /** {@return the composite the region builds its widgets in} */
    public Composite content() {
        return content;
    }

    /** {@return the outermost composite, for layout data} */
    public Composite control() {
        return stack;
    }

    /** Shows the content ({@code true}) or the connecting line. */
    public void showContent(boolean connected) {
        Composite top = connected ? content : waiting;
        if (layout.topControl != top && !stack.isDisposed()) {
            layout.topControl = top;
            stack.layout(true, true);
        }
    }

    /** Replaces the connecting line, e.g. to say which service is still missing. */
    public void setWaitingText(String text) {
        if (!waitingLabel.isDisposed() && !waitingLabel.getText().equals(text)) {
            waitingLabel.setText(text);
            waiting.layout(true);
        }
    }
}
