package org.samklang.ui.internal.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.FieldModel;
import org.samklang.ui.internal.settings.model.FormActions;
import org.samklang.ui.internal.settings.model.FormModel;
import org.samklang.ui.internal.settings.model.NodeKey;
import org.samklang.ui.internal.settings.model.SecretEdit;
import org.samklang.ui.internal.settings.model.SettingsPresenter;

/**
 * The right side of Settings for one instance: its header, its type, id and name, one row per setting (the widget
 * chosen by the setting's type), and the buttons, scrolling when the form is taller than the part. The form is built
 * anew when another instance is shown or its settings changed shape; the field that had the keyboard keeps it, and
 * a secret typed but not saved stays. Esc anywhere in the form goes back to the tree. UI thread only.
 */
final class InstanceFormView {

    private final UiMessages messages;
    private final Palette palette;
    private final SettingsPresenter presenter;
    private final ScrolledComposite scrolled;
    private final Composite content;
    private final FormHeaderView header;
    private final Composite body;
    private final FormButtons buttons;
    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();
    private final List<Control> focusables = new ArrayList<>();
    private Label idProblem;
    private Label idProblemFiller;
    private NodeKey shownKey;

    InstanceFormView(Composite parent, UiMessages messages, Palette palette, SettingsPresenter presenter,
            Function<String, String> keys) {
        this.messages = messages;
        this.palette = palette;
        this.presenter = presenter;
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        content = new Composite(scrolled, SWT.NONE);
        content.setLayout(Layouts.tight(1, false));
        scrolled.setContent(content);
        header = new FormHeaderView(content, palette);
        body = new Composite(content, SWT.NONE);
        body.setLayout(Layouts.tight(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        buttons = new FormButtons(content, messages, palette, presenter, keys);
        buttons.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (Control button : buttons.all()) {
            escapeToTree(button);
        }
        scrolled.addListener(SWT.Resize, e -> fit());
    }

    Control control() {
        return scrolled;
    }

    void show(FormModel form) {
        Map<String, String> typedSecrets = new HashMap<>();
        String focusedKey = null;
        if (form.key().equals(shownKey)) {
            editors.forEach((key, editor) -> {
                if (editor instanceof SecretFieldEditor secret && !secret.typed().isEmpty()) {
                    typedSecrets.put(key, secret.typed());
                }
            });
            Control focused = scrolled.getDisplay().getFocusControl();
            if (focused != null && !focused.isDisposed() && focused.getData(FieldEditor.KEY) instanceof String key) {
                focusedKey = key;
            }
        }
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        editors.clear();
        focusables.clear();
        header.show(form.header());
        identity(form);
        if (form.fields().stream().anyMatch(f -> f.setting().required() && f.setting().defaultValue().isBlank())) {
            new Label(body, SWT.NONE).setLayoutData(new GridData(0, 0));
            Label legend = new Label(body, SWT.NONE);
            legend.setText(messages.format("settings.form.requiredLegend"));
            legend.setForeground(palette.foreground(Tone.MUTED));
        }
        for (FieldModel field : form.fields()) {
            FieldEditor editor = editor(field);
            editors.put(field.key(), editor);
            focusables.add(editor.focusControl());
            // Only while the draft still holds it: after a save or Keep, what was typed is gone from the draft too.
            if (editor instanceof SecretFieldEditor secret && field.secretEdit() == SecretEdit.REPLACE
                    && typedSecrets.containsKey(field.key())) {
                secret.restore(typedSecrets.get(field.key()));
            }
        }
        for (Control control : body.getChildren()) {
            escapeToTree(control);
        }
        shownKey = form.key();
        fit();
        if (focusedKey != null) {
            refocus(focusedKey);
        }
    }

    private void identity(FormModel form) {
        if (form.adding()) {
            mnemonicLabel(messages.format("settings.form.type"));
            Combo types = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            types.setLayoutData(FieldEditor.wide());
            form.types().forEach(choice -> types.add(choice.label()));
            types.select(Math.max(0, indexOf(form.types(), form.factoryPid())));
            types.addListener(SWT.Selection, e -> {
                int index = types.getSelectionIndex();
                if (index >= 0) {
                    presenter.typeChosen(form.types().get(index).factoryPid());
                }
            });
            types.setData(FieldEditor.KEY, "samklang.settings.type");
            focusables.add(types);
            mnemonicLabel(messages.format("settings.form.id"));
            Text id = new Text(body, SWT.SINGLE | SWT.BORDER);
            id.setLayoutData(FieldEditor.wide());
            id.setMessage(messages.format("settings.form.idHint"));
            id.setText(form.instanceId());
            id.addListener(SWT.Modify, e -> presenter.idEdited(id.getText()));
            id.setData(FieldEditor.KEY, SettingProblem.INSTANCE_KEY);
            focusables.add(id);
            note(messages.format("settings.form.idHelp"), Tone.MUTED);
            idProblemFiller = new Label(body, SWT.NONE);
            GridData filler = new GridData(0, 0);
            filler.exclude = true;
            idProblemFiller.setLayoutData(filler);
            idProblem = new Label(body, SWT.WRAP);
            GridData line = FieldEditor.wide();
            line.exclude = true;
            idProblem.setLayoutData(line);
            idProblem.setVisible(false);
            idProblem.setForeground(palette.foreground(Tone.ERROR));
        } else {
            fixed(messages.format("settings.form.typeFixed"), form.typeName());
            fixed(messages.format("settings.form.idFixed"), form.instanceId());
            idProblem = null;
        }
        mnemonicLabel(messages.format("settings.form.name"));
        Text name = new Text(body, SWT.SINGLE | SWT.BORDER);
        name.setLayoutData(FieldEditor.wide());
        name.setMessage(form.nameHint());
        name.setText(form.displayName());
        name.setEditable(!form.readOnly());
        name.addListener(SWT.Modify, e -> presenter.nameEdited(name.getText()));
        name.setData(FieldEditor.KEY, "samklang.settings.name");
        focusables.add(name);
    }

    /** A label of the desk's own text, whose '&amp;' marks the key that moves to the field after it. */
    private void mnemonicLabel(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
    }

    private static int indexOf(List<FormModel.TypeChoice> types, String factoryPid) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).factoryPid().equals(factoryPid)) {
                return i;
            }
        }
        return -1;
    }

    private void fixed(String label, String value) {
        Label left = new Label(body, SWT.NONE);
        left.setText(label);
        Label right = new Label(body, SWT.NONE);
        right.setText(FieldEditor.escape(value));
        right.setLayoutData(FieldEditor.wide());
    }

    private void note(String text, Tone tone) {
        new Label(body, SWT.NONE).setLayoutData(new GridData(0, 0));
        Label line = new Label(body, SWT.WRAP);
        line.setText(text);
        line.setForeground(palette.foreground(tone));
        line.setLayoutData(FieldEditor.wide());
    }

    private FieldEditor editor(FieldModel field) {
        return switch (field.setting().type()) {
            case BOOLEAN -> new CheckFieldEditor(body, field, palette, presenter);
            case CHOICE -> new ChoiceFieldEditor(body, field, palette, presenter, messages);
            case SECRET -> new SecretFieldEditor(body, field, palette, presenter, messages);
            default -> new TextFieldEditor(body, field, palette, presenter);
        };
    }

    void showHeader(FormModel.Header shown) {
        header.show(shown);
        fit();
    }

    void showProblems(Map<String, String> byKey, String blocked) {
        editors.forEach((key, editor) -> editor.showProblem(byKey.getOrDefault(key, "")));
        String idText = byKey.getOrDefault(SettingProblem.INSTANCE_KEY, "");
        if (idProblem != null && !idProblem.isDisposed()) {
            if (!idProblem.getText().equals(idText)) {
                idProblem.setText(FieldEditor.escape(idText));
                ((GridData) idProblem.getLayoutData()).exclude = idText.isEmpty();
                ((GridData) idProblemFiller.getLayoutData()).exclude = idText.isEmpty();
                idProblem.setVisible(!idText.isEmpty());
            }
            header.showProblem("");
        } else {
            header.showProblem(idText);
        }
        buttons.showBlocked(blocked);
        fit();
    }

    void showSecret(String key, boolean set, SecretEdit edit) {
        FieldEditor editor = editors.get(key);
        if (editor != null) {
            editor.showSecret(set, edit);
        }
    }

    void showActions(FormActions actions) {
        buttons.show(actions);
    }

    void focusFirst() {
        focusables.stream().filter(c -> !c.isDisposed() && c.isEnabled()).findFirst().ifPresent(Control::setFocus);
    }

    private void refocus(String key) {
        focusables.stream().filter(c -> key.equals(c.getData(FieldEditor.KEY))).findFirst()
                .ifPresent(Control::setFocus);
    }

    private void escapeToTree(Control control) {
        control.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                presenter.escape();
            }
        });
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                escapeToTree(child);
            }
        }
    }

    /** Lays the form out again and lets it scroll when taller than the part. */
    private void fit() {
        content.layout(true, true);
        int width = scrolled.getClientArea().width;
        if (width > 0) {
            scrolled.setMinSize(0, content.computeSize(width, SWT.DEFAULT).y);
        }
    }
}
