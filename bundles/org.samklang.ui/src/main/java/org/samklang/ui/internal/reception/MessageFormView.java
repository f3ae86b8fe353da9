package org.samklang.ui.internal.reception;

import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.model.TakenMessage;
import org.samklang.ui.internal.model.DisplayText;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.reception.model.MessageForm;
import org.samklang.ui.internal.reception.model.ReceptionAction;
import org.samklang.ui.internal.reception.model.ReceptionPresenter;

/**
 * The take-a-message form, inside the part (never a dialog): caller, call-back number, the message and "please call
 * back". Every edit goes to the presenter, which owns the form; Ctrl+Enter sends and Escape closes (the key map).
 */
final class MessageFormView {

    private static final int TEXT_LINES = 4;

    private final UiMessages messages;
    private final ReceptionPresenter presenter;
    private final Group group;
    private final Text callerName;
    private final Text callerNumber;
    private final Text text;
    private final Button callBack;
    private boolean filling;

    MessageFormView(Composite parent, UiMessages messages, ReceptionPresenter presenter) {
        this.messages = messages;
        this.presenter = presenter;
        group = new Group(parent, SWT.NONE);
        group.setLayout(Layouts.grid(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        callerName = field("reception.message.callerName", SWT.SINGLE | SWT.BORDER);
        callerNumber = field("reception.message.callerNumber", SWT.SINGLE | SWT.BORDER);
        text = field("reception.message.text", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setTextLimit(TakenMessage.MAX_TEXT_LENGTH);
        ((GridData) text.getLayoutData()).heightHint = text.getLineHeight() * TEXT_LINES;
        new Label(group, SWT.NONE);
        callBack = new Button(group, SWT.CHECK);
        callBack.setText(messages.format("reception.message.callBack"));
        callBack.addListener(SWT.Selection, e -> edited());
        Composite actions = new Composite(group, SWT.NONE);
        actions.setLayout(Layouts.tight(2, false));
        actions.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button send = new Button(actions, SWT.PUSH);
        send.setText(messages.format("reception.message.send"));
        send.addListener(SWT.Selection, e -> presenter.perform(ReceptionAction.SEND_MESSAGE, 1));
        Button close = new Button(actions, SWT.PUSH);
        close.setText(messages.format("reception.message.cancel"));
        close.addListener(SWT.Selection, e -> presenter.perform(ReceptionAction.CLOSE_MESSAGE, 1));
        show(Optional.empty());
    }

    /** Opens the form filled in, or hides it. */
    void show(Optional<MessageForm> form) {
        boolean open = form.isPresent();
        ((GridData) group.getLayoutData()).exclude = !open;
        group.setVisible(open);
        if (open) {
            MessageForm shown = form.get();
            filling = true;
            group.setText(messages.format("reception.message.heading", DisplayText.oneLine(shown.person()
                    .displayName(), 80)));
            callerName.setText(shown.callerName());
            callerNumber.setText(shown.callerNumber());
            text.setText(shown.text());
            callBack.setSelection(shown.callBack());
            filling = false;
            (shown.callerName().isEmpty() ? callerName : text).setFocus();
        }
        group.getParent().layout(true, true);
    }

    private Text field(String labelKey, int style) {
        Label label = new Label(group, SWT.NONE);
        label.setText(messages.format(labelKey));
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Text field = new Text(group, style);
        field.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        field.addListener(SWT.Modify, e -> edited());
        return field;
    }

    private void edited() {
        if (!filling) {
            presenter.messageEdited(callerName.getText(), callerNumber.getText(), text.getText(),
                    callBack.getSelection());
        }
    }
}
