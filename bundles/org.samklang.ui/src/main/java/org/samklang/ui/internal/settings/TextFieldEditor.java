package org.samklang.ui.internal.settings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FieldModel;
import org.samklang.ui.internal.settings.model.SettingsPresenter;

/**
 * A text field: one line for text, a number and a URL; several lines for a multi-line text and a list (one entry per
 * line, as the list's value travels). Tab leaves a multi-line field, as everywhere else in the form; a number field
 * takes digits and a minus sign only. Every edit goes to the presenter, which checks it.
 */
final class TextFieldEditor extends FieldEditor {

    private static final int LINES = 4;

    private final Text text;

    TextFieldEditor(Composite body, FieldModel model, Palette palette, SettingsPresenter presenter) {
        super(model, palette);
        SettingDescriptor.Type type = model.setting().type();
        boolean multi = type == SettingDescriptor.Type.MULTILINE_TEXT || type == SettingDescriptor.Type.LIST;
        label(body, model.label(), multi ? SWT.BEGINNING : SWT.CENTER);
        text = new Text(body, multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
        text.setTextLimit(multi && type == SettingDescriptor.Type.MULTILINE_TEXT
                ? SettingDescriptor.MAX_TEXT
                : multi ? SettingDescriptor.MAX_LINE * SettingDescriptor.MAX_ENTRIES : SettingDescriptor.MAX_LINE);
        GridData data = wide();
        if (multi) {
            data.heightHint = text.getLineHeight() * LINES;
            text.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    e.doit = true;
                }
            });
        }
        text.setLayoutData(data);
        text.setMessage(model.hint());
        text.setText(model.value());
        if (type == SettingDescriptor.Type.NUMBER) {
            text.addListener(SWT.Verify, e -> e.doit = e.text.chars().allMatch(c -> Character.isDigit(c)
                    || c == '-'));
        }
        text.addListener(SWT.Modify, e -> presenter.valueEdited(model.key(), text.getText()));
        tagged(text);
        notes(body);
    }

    @Override
    Control focusControl() {
        return text;
    }
}
