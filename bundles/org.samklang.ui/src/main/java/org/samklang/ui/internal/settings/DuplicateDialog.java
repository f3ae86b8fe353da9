package org.samklang.ui.internal.settings;

import java.util.Optional;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.settings.model.DuplicateQuestion;

/**
 * Asks the id and name of a copy before Duplicate, both filled in; Duplicate stays disabled, with the reason under
 * the id, while the id is blank or taken. The service checks the id's form itself and says so in the status line.
 */
final class DuplicateDialog extends Dialog {

    private static final int WIDTH_CHARS = 60;

    private final UiMessages messages;
    private final DuplicateQuestion question;
    private Text id;
    private Text name;
    private Label problem;
    private DuplicateQuestion.Answer answer;

    DuplicateDialog(Shell parent, UiMessages messages, DuplicateQuestion question) {
        super(parent);
        this.messages = messages;
        this.question = question;
    }

    /** Opens the dialog and waits for the user; empty when cancelled. */
    Optional<DuplicateQuestion.Answer> ask() {
        return open() == OK ? Optional.ofNullable(answer) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(question.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Palette palette = new Palette(area);
        Label message = new Label(area, SWT.WRAP);
        message.setText(question.message());
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = convertWidthInCharsToPixels(WIDTH_CHARS);
        message.setLayoutData(wrap);
        new Label(area, SWT.NONE).setText(messages.format("settings.duplicate.id"));
        id = new Text(area, SWT.SINGLE | SWT.BORDER);
        id.setText(question.id());
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(palette.foreground(Tone.ERROR));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(area, SWT.NONE).setText(messages.format("settings.duplicate.nameLabel"));
        name = new Text(area, SWT.SINGLE | SWT.BORDER);
        name.setText(question.name());
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        id.addListener(SWT.Modify, e -> check());
        id.selectAll();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, messages.format("settings.duplicate.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, messages.format("settings.duplicate.cancel"), false);
        check();
    }

    private void check() {
        Optional<String> why = question.idProblem().apply(id.getText().strip());
        problem.setText(why.orElse(""));
        problem.requestLayout();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(why.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        answer = new DuplicateQuestion.Answer(id.getText().strip(), name.getText().strip());
        super.okPressed();
    }
}
