package org.samklang.ui.internal.settings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FieldModel;
import org.samklang.ui.internal.settings.model.SecretEdit;
import org.samklang.ui.internal.settings.model.SettingsPresenter;

/**
 * A secret: a masked field that starts empty whatever is stored (the view never holds a stored secret), what Save
 * will do with it ("Set", "Replaced by what you type…", "Cleared when you save"), Clear to delete the stored value
 * and Keep to undo either. Typing replaces; an empty field keeps the stored value.
 */
final class SecretFieldEditor extends FieldEditor {

    private final Text text;
    private final Label state;
    private final Button clear;
    private final Button keep;
    private final UiMessages messages;
    private boolean quiet;

    SecretFieldEditor(Composite body, FieldModel model, Palette palette, SettingsPresenter presenter,
            UiMessages messages) {
        super(model, palette);
        this.messages = messages;
        label(body, model.label());
        Composite row = new Composite(body, SWT.NONE);
        row.setLayout(Layouts.tight(4, false));
        row.setLayoutData(wide());
        text = new Text(row, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
        GridData field = new GridData(SWT.FILL, SWT.CENTER, true, false);
        field.widthHint = 1;
        text.setLayoutData(field);
        text.setTextLimit(org.samklang.core.api.model.SettingDescriptor.MAX_LINE);
        text.setMessage(model.hint());
        text.addListener(SWT.Modify, e -> {
            if (!quiet) {
                presenter.secretEdited(model.key(), text.getText());
            }
        });
        state = new Label(row, SWT.NONE);
        state.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        clear = new Button(row, SWT.PUSH);
        clear.setText(messages.format("settings.secret.clear"));
        clear.addListener(SWT.Selection, e -> presenter.secretCleared(model.key()));
        keep = new Button(row, SWT.PUSH);
        keep.setText(messages.format("settings.secret.keep"));
        keep.addListener(SWT.Selection, e -> presenter.secretKept(model.key()));
        tagged(text);
        notes(body);
        showSecret(model.secretSet(), model.secretEdit());
    }

    @Override
    Control focusControl() {
        return text;
    }

    /** {@return what is typed now, to carry over when the same form is built again} */
    String typed() {
        return text.getText();
    }

    /** Puts back what was typed before the form was built again; the draft holds it already. */
    void restore(String typed) {
        quiet = true;
        try {
            text.setText(typed);
        } finally {
            quiet = false;
        }
    }

    @Override
    void showSecret(boolean set, SecretEdit edit) {
        String shown = switch (edit) {
            case KEEP -> messages.format(set ? "settings.secret.set" : "settings.secret.notSet");
            case REPLACE -> messages.format("settings.secret.willReplace");
            case CLEAR -> messages.format("settings.secret.willClear");
        };
        if (!state.getText().equals(shown)) {
            state.setText(shown);
            state.requestLayout();
        }
        state.setForeground(palette.foreground(edit == SecretEdit.KEEP ? Tone.MUTED : Tone.WARNING));
        if (edit != SecretEdit.REPLACE && !text.getText().isEmpty()) {
            // Keep or Clear: what was typed is not sent, so it does not stay in the field either.
            quiet = true;
            try {
                text.setText("");
            } finally {
                quiet = false;
            }
        }
        clear.setEnabled(set && edit != SecretEdit.CLEAR);
        keep.setEnabled(edit != SecretEdit.KEEP);
    }
}
