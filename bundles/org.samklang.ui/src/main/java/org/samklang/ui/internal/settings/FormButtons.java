package org.samklang.ui.internal.settings;

import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FormActions;
import org.samklang.ui.internal.settings.model.SettingsPresenter;

/**
 * The form's buttons under the fields: Save (with why it is disabled beside it), Test connection, Discard changes,
 * and for a saved instance Duplicate, Enable or Disable, Remove. A button that does not work now is disabled, never
 * hidden. UI thread only.
 */
final class FormButtons {

    private final Composite row;
    private final UiMessages messages;
    private final Button save;
    private final Button test;
    private final Button discard;
    private final Button duplicate;
    private final Button toggle;
    private final Button remove;
    private final Label blocked;

    FormButtons(Composite parent, UiMessages messages, Palette palette, SettingsPresenter presenter,
            Function<String, String> keys) {
        this.messages = messages;
        row = new Composite(parent, SWT.NONE);
        row.setLayout(Layouts.tight(6, false));
        save = button("settings.button.save", presenter::save);
        save.setToolTipText(messages.format("settings.button.save.tip", keys.apply(SettingsPart.SAVE_COMMAND)));
        test = button("settings.button.test", presenter::test);
        test.setToolTipText(messages.format("settings.button.test.tip", keys.apply(SettingsPart.TEST_COMMAND)));
        discard = button("settings.button.discard", presenter::discard);
        duplicate = button("settings.button.duplicate", presenter::duplicate);
        toggle = button("settings.button.disable", presenter::toggleEnabled);
        remove = button("settings.button.remove", presenter::remove);
        remove.setToolTipText(messages.format("settings.button.remove.tip"));
        blocked = new Label(row, SWT.WRAP);
        GridData line = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
        line.widthHint = 1;
        blocked.setLayoutData(line);
        blocked.setForeground(palette.foreground(Tone.WARNING));
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(messages.format(key));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    Composite control() {
        return row;
    }

    void show(FormActions actions) {
        save.setEnabled(actions.save());
        test.setEnabled(actions.test());
        discard.setEnabled(actions.discard());
        duplicate.setEnabled(actions.duplicate());
        String toggleText = messages.format(actions.toggleEnables()
                ? "settings.button.enable"
                : "settings.button.disable");
        if (!toggle.getText().equals(toggleText)) {
            toggle.setText(toggleText);
            toggle.requestLayout();
        }
        toggle.setEnabled(actions.toggle());
        remove.setEnabled(actions.remove());
    }

    /** Why Save is disabled; empty hides the line. */
    void showBlocked(String why) {
        if (!blocked.getText().equals(why)) {
            blocked.setText(why);
            blocked.requestLayout();
        }
    }

    /** {@return whether {@code control} is one of the buttons} (Esc there goes back to the tree as well) */
    Button[] all() {
        return new Button[]{save, test, discard, duplicate, toggle, remove};
    }
}
