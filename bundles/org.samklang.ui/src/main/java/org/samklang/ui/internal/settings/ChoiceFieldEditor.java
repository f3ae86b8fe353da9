package org.samklang.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FieldModel;
import org.samklang.ui.internal.settings.model.SettingsPresenter;

/**
 * One of the setting's choices, in a drop-down that cannot be typed into. An optional choice without a default
 * starts with "(none)", which leaves the setting unset.
 */
final class ChoiceFieldEditor extends FieldEditor {

    private final Combo combo;
    private final List<String> values = new ArrayList<>();

    ChoiceFieldEditor(Composite body, FieldModel model, Palette palette, SettingsPresenter presenter,
            UiMessages messages) {
        super(model, palette);
        label(body, model.label());
        combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(wide());
        if (!model.setting().required() && model.setting().defaultValue().isBlank()) {
            values.add("");
            combo.add(messages.format("settings.field.noChoice"));
        }
        for (String choice : model.setting().choices()) {
            values.add(choice);
            combo.add(choice);
        }
        combo.select(Math.max(0, values.indexOf(model.value())));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                presenter.valueEdited(model.key(), values.get(index));
            }
        });
        tagged(combo);
        notes(body);
    }

    @Override
    Control focusControl() {
        return combo;
    }
}
