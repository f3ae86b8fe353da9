package org.samklang.ui.internal.parts;

import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.CustomerNoteService;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The labelled "Note" field under the customer card, with a quiet status line ("Saved", "Not saved: why"). Reports
 * the agent's edits, never its own {@link #show}; never takes the focus itself.
 */
final class CustomerNoteView {

    /** Lines shown while the agent writes or the note holds text; an empty note not being written takes two (GTK draws a scrolled field of one line without its bottom edge). */
    private static final int OPEN_LINES = 4;
    private static final int FOLDED_LINES = 2;

    private final Composite area;
    private final Text text;
    private final Label status;
    private final Palette palette;
    private boolean filling;

    /** {@code edited} receives the whole text after each edit by the agent, on the UI thread. */
    CustomerNoteView(Composite parent, Palette palette, UiMessages messages, Consumer<String> edited) {
        this.palette = palette;
        area = new Composite(parent, SWT.NONE);
        area.setLayout(Layouts.grid(1, false));
        Label label = new Label(area, SWT.NONE);
        label.setText(messages.format("note.label"));
        label.setFont(palette.bold());
        text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setTextLimit(CustomerNoteService.MAX_LENGTH);
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.heightHint = text.getLineHeight() * FOLDED_LINES;
        text.setLayoutData(textData);
        ScrollbarRoom.keep(text);
        text.addListener(SWT.FocusIn, e -> fitHeight());
        text.addListener(SWT.FocusOut, e -> fitHeight());
        text.addListener(SWT.Modify, e -> {
            if (!filling) {
                edited.accept(text.getText());
            }
        });
        status = new Label(area, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        hide();
    }

    Control control() {
        return area;
    }

    /** No customer is shown: the field is out of the way. */
    void hide() {
        fill("");
        text.setEnabled(false);
        status(Tone.MUTED, "");
        setVisible(false);
    }

    /** A customer is shown and the note is being read: visible, empty and disabled until it arrives. */
    void loading() {
        fill("");
        text.setEnabled(false);
        status(Tone.MUTED, "");
        setVisible(true);
    }

    /** The customer's note arrived: the agent can edit it. */
    void show(String note) {
        fill(note);
        text.setEnabled(true);
    }

    /** The note could not be read: say so and keep the field disabled, so an empty field never overwrites it. */
    void failed(String message) {
        fill("");
        text.setEnabled(false);
        status(Tone.WARNING, message);
    }

    void status(Tone tone, String message) {
        if (message.equals(status.getText())) {
            return; // typing clears the status on every keystroke; relayout only when it changes
        }
        status.setForeground(palette.foreground(tone));
        status.setText(message);
        area.layout(true, true);
    }

    private void fill(String note) {
        filling = true;
        try {
            text.setText(note);
        } finally {
            filling = false;
        }
        fitHeight();
    }

    /**
     * An empty note folds to two lines so the card above it shows more (the orders, at a pop); it opens when the
     * agent goes into it or the customer has a note. Lays out only when the height changes.
     */
    private void fitHeight() {
        boolean open = text.isFocusControl() || !text.getText().isEmpty();
        GridData data = (GridData) text.getLayoutData();
        int height = text.getLineHeight() * (open ? OPEN_LINES : FOLDED_LINES);
        if (data.heightHint == height) {
            return;
        }
        data.heightHint = height;
        if (area.getVisible()) {
            area.getParent().layout(new Control[]{text});
        }
    }

    private void setVisible(boolean visible) {
        GridData data = (GridData) area.getLayoutData();
        if (data.exclude == !visible && area.getVisible() == visible) {
            return; // every customer shown calls this: a screen pop must not pay for laying out the whole card
        }
        data.exclude = !visible;
        area.setVisible(visible);
        // The field (not just the area): its height may have changed while hidden, and its size is cached.
        area.getParent().layout(new Control[]{text});
    }
}
