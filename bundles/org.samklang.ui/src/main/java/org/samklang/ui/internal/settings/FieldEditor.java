package org.samklang.ui.internal.settings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FieldModel;
import org.samklang.ui.internal.settings.model.SecretEdit;

/**
 * One setting's row in the form's two-column grid: its label, its widget (by the setting's type), and under the
 * widget the plugin's help, the facts (default, bounds) and the problem the last check found. UI thread only.
 */
abstract class FieldEditor {

    /** The data key naming a control's setting, so the keyboard returns to it when the form is built again. */
    static final String KEY = "samklang.settings.key";

    protected final FieldModel model;
    protected final Palette palette;
    private Label problemFiller;
    private Label problem;

    FieldEditor(FieldModel model, Palette palette) {
        this.model = model;
        this.palette = palette;
    }

    /** {@return the control that takes the keyboard for this setting} */
    abstract Control focusControl();

    /** Shows whether a secret is set and what Save does with it; nothing for other settings. */
    void showSecret(boolean set, SecretEdit edit) {
        // only secrets have a state to show
    }

    /** Shows the problem under the field; an empty text hides the line. */
    void showProblem(String text) {
        if (!problem.getText().equals(text)) {
            problem.setText(text);
            for (Label part : new Label[]{problemFiller, problem}) {
                part.setVisible(!text.isEmpty());
                ((GridData) part.getLayoutData()).exclude = text.isEmpty();
            }
            problem.requestLayout();
        }
    }

    /**
     * The label in the first column, level with a one-line field; a plugin's label may hold '&amp;', which is not a
     * mnemonic here.
     */
    protected static Label label(Composite body, String text) {
        return label(body, text, SWT.CENTER);
    }

    /** The label in the first column, at {@code vertical} ({@code SWT.BEGINNING} beside a field of several lines). */
    protected static Label label(Composite body, String text, int vertical) {
        Label label = new Label(body, SWT.NONE);
        label.setText(escape(text));
        label.setLayoutData(new GridData(SWT.BEGINNING, vertical, false, false));
        return label;
    }

    /** The lines under the widget: help, facts and the problem (hidden while there is none). */
    protected void notes(Composite body) {
        note(body, model.help(), Tone.NORMAL);
        note(body, model.facts(), Tone.MUTED);
        problemFiller = new Label(body, SWT.NONE);
        GridData filler = new GridData(0, 0);
        filler.exclude = true;
        problemFiller.setLayoutData(filler);
        problemFiller.setVisible(false);
        problem = new Label(body, SWT.WRAP);
        problem.setForeground(palette.foreground(Tone.ERROR));
        problem.setLayoutData(hidden());
        problem.setVisible(false);
    }

    private void note(Composite body, String text, Tone tone) {
        if (text.isEmpty()) {
            return;
        }
        new Label(body, SWT.NONE).setLayoutData(new GridData(0, 0));
        Label line = new Label(body, SWT.WRAP);
        line.setText(text);
        line.setForeground(palette.foreground(tone));
        line.setLayoutData(wide());
    }

    /** A field's layout in the second column: as wide as the form. */
    protected static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 1;
        return data;
    }

    private static GridData hidden() {
        GridData data = wide();
        data.exclude = true;
        return data;
    }

    /** Marks {@code control} as this setting's, for the keyboard's return after a rebuild. */
    protected Control tagged(Control control) {
        control.setData(KEY, model.key());
        return control;
    }

    static String escape(String text) {
        return text.replace("&", "&&");
    }
}
