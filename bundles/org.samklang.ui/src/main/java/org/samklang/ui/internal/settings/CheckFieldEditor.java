package org.samklang.ui.internal.settings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FieldModel;
import org.samklang.ui.internal.settings.model.SettingsPresenter;

/** A flag: a check box carrying the setting's label, ticked when the value in force is {@code true}. */
final class CheckFieldEditor extends FieldEditor {

    private final Button check;

    CheckFieldEditor(Composite body, FieldModel model, Palette palette, SettingsPresenter presenter) {
        super(model, palette);
        new Label(body, SWT.NONE).setLayoutData(new GridData(0, 0));
        check = new Button(body, SWT.CHECK);
        check.setText(escape(model.label()));
        check.setSelection(Boolean.parseBoolean(model.value()));
        check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        check.addListener(SWT.Selection, e -> presenter.valueEdited(model.key(),
                Boolean.toString(check.getSelection())));
        tagged(check);
        notes(body);
    }

    @Override
    Control focusControl() {
        return check;
    }
}
