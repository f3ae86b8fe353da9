package org.samklang.ui.internal.settings.model;

import java.util.Objects;
import org.samklang.core.api.model.SettingDescriptor;

/**
 * One field of the form as the view renders it, from the plugin's {@link SettingDescriptor}.
 *
 * @param setting    the descriptor: its type decides the widget
 * @param label      the label, with the required mark when the plugin cannot work without a value
 * @param help       the plugin's description of the setting; may be empty
 * @param facts      the default, the bounds of a number, "one entry per line" for a list; may be empty
 * @param hint       the grey text of an empty field (the default, or an example); may be empty
 * @param value      the text in the field; for a check box or a choice, the value in force (the default if unset);
 *                   for a secret always empty, as the view never holds a stored secret
 * @param secretSet  for a secret: whether the stored instance has a value
 * @param secretEdit for a secret: what Save will do with it
 */
public record FieldModel(SettingDescriptor setting, String label, String help, String facts, String hint,
        String value, boolean secretSet, SecretEdit secretEdit) {

    public FieldModel {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(secretEdit, "secretEdit");
    }

    public String key() {
        return setting.key();
    }
}
