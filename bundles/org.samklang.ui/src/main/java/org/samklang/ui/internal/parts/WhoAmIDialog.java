package org.samklang.ui.internal.parts;

import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.IdentityService;
import org.samklang.core.api.model.AgentIdentity.Field;
import org.samklang.ui.internal.model.IdentityForm;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Asks who works at this desk, on a desk where nobody is configured ({@link IdentityService#needsAsking()}).
 * Keyboard first: the name field has the focus, Tab moves on, Enter saves, Esc leaves it for later. What is wrong is
 * said under the field it concerns and the focus goes there; a file that cannot be written is said above the
 * buttons, and nothing typed is lost. UI thread only; the form's logic is {@link IdentityForm}.
 */
public final class WhoAmIDialog extends Dialog {

    private final IdentityService identities;
    private final UiMessages messages;
    private final IdentityForm form;
    private final Map<Field, Text> fields = new EnumMap<>(Field.class);
    private final Map<Field, Label> problems = new EnumMap<>(Field.class);
    private Palette palette;
    private Label failure;

    public WhoAmIDialog(Shell parent, IdentityService identities, UiMessages messages) {
        super(parent);
        this.identities = identities;
        this.messages = messages;
        this.form = new IdentityForm(messages);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.format("identity.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(Layouts.grid(2, false));
        palette = new Palette(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(messages.format("identity.intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 460;
        intro.setLayoutData(introData);
        Map<Field, String> prefill = form.prefill(Locale.getDefault());
        for (Field field : Field.values()) {
            addField(area, field, prefill.get(field));
        }
        failure = new Label(area, SWT.WRAP);
        failure.setForeground(palette.foreground(Tone.ERROR));
        GridData failureData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        failureData.widthHint = 460;
        failure.setLayoutData(failureData);
        fields.get(Field.NAME).setFocus();
        return area;
    }

    private void addField(Composite area, Field field, String value) {
        Label label = new Label(area, SWT.NONE);
        label.setText(form.label(field));
        Text text = new Text(area, SWT.SINGLE | SWT.BORDER);
        text.setText(value);
        text.setMessage(form.hint(field));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE);
        Label problem = new Label(area, SWT.WRAP);
        problem.setForeground(palette.foreground(Tone.ERROR));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fields.put(field, text);
        problems.put(field, problem);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, messages.format("identity.save"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, messages.format("identity.later"), false);
    }

    @Override
    protected void okPressed() {
        Map<Field, String> typed = new EnumMap<>(Field.class);
        fields.forEach((field, text) -> typed.put(field, text.getText()));
        IdentityForm.Outcome outcome = form.check(typed);
        problems.forEach((field, label) -> label.setText(outcome.problems().getOrDefault(field, "")));
        failure.setText("");
        if (outcome.identity().isEmpty()) {
            fields.entrySet().stream().filter(e -> outcome.problems().containsKey(e.getKey())).findFirst()
                    .ifPresent(e -> e.getValue().setFocus());
            getShell().layout(true, true);
            return;
        }
        try {
            identities.save(outcome.identity().get());
        } catch (UncheckedIOException e) {
            failure.setText(messages.format("identity.cannotSave", e.getCause().getMessage()));
            getShell().layout(true, true);
            return;
        }
        super.okPressed();
    }
}
