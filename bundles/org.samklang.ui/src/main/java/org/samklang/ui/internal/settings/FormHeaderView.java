package org.samklang.ui.internal.settings;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FormModel;

/**
 * The top of an instance's form: its name, how it runs now (in the state's colour), what else an admin should
 * know (provisioned from a file, settings the plugin does not know), and a problem with the instance as a whole.
 * UI thread only.
 */
final class FormHeaderView {

    private final Composite box;
    private final Palette palette;
    private final Label title;
    private final Label state;
    private final Composite notes;
    private final Label problem;
    private List<String> shownNotes = List.of();

    FormHeaderView(Composite parent, Palette palette) {
        this.palette = palette;
        box = new Composite(parent, SWT.NONE);
        box.setLayout(Layouts.tight(1, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title = new Label(box, SWT.NONE);
        title.setFont(palette.title());
        title.setLayoutData(wide());
        state = new Label(box, SWT.WRAP);
        state.setLayoutData(wide());
        notes = new Composite(box, SWT.NONE);
        notes.setLayout(Layouts.tight(1, false));
        notes.setLayoutData(wide());
        problem = new Label(box, SWT.WRAP);
        problem.setForeground(palette.foreground(Tone.ERROR));
        problem.setLayoutData(hidden());
    }

    void show(FormModel.Header header) {
        title.setText(FieldEditor.escape(header.title()));
        state.setText(FieldEditor.escape(header.state().text()));
        state.setForeground(palette.foreground(header.state().tone()));
        if (!header.notes().equals(shownNotes)) {
            for (Control old : notes.getChildren()) {
                old.dispose();
            }
            for (String text : header.notes()) {
                Label line = new Label(notes, SWT.WRAP);
                line.setText(FieldEditor.escape(text));
                line.setForeground(palette.foreground(Tone.WARNING));
                line.setLayoutData(wide());
            }
            ((GridData) notes.getLayoutData()).exclude = header.notes().isEmpty();
            shownNotes = header.notes();
        }
        box.requestLayout();
    }

    /** A problem with the saved instance as a whole (its id); empty hides it. */
    void showProblem(String text) {
        if (!problem.getText().equals(text)) {
            problem.setText(FieldEditor.escape(text));
            ((GridData) problem.getLayoutData()).exclude = text.isEmpty();
            problem.setVisible(!text.isEmpty());
            box.requestLayout();
        }
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 1;
        return data;
    }

    private static GridData hidden() {
        GridData data = wide();
        data.exclude = true;
        return data;
    }
}
