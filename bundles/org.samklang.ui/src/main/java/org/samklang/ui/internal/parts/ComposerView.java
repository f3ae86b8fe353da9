package org.samklang.ui.internal.parts;

import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The reply composer: "Reply on Email", a plain-text field, a status or error line and Send (Ctrl+Enter).
 * While a reply is being stored the field is read-only, so what is sent is exactly what is shown; when sending
 * fails the text stays and the line says why.
 */
final class ComposerView {

    private static final int VISIBLE_LINES = 5;

    private final Label label;
    private final Text text;
    private final Label status;
    private final Button send;
    private final Palette palette;

    ComposerView(Composite parent, UiMessages messages, Palette palette, Consumer<String> onSend) {
        this.palette = palette;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(Layouts.tight(2, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        label = new Label(box, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        text = new Text(box, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        textData.heightHint = text.getLineHeight() * VISIBLE_LINES;
        text.setLayoutData(textData);
        text.setMessage(messages.format("composer.hint"));
        text.addListener(SWT.KeyDown, e -> {
            boolean ctrlEnter = (e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR);
            if (ctrlEnter) {
                e.doit = false;
                onSend.accept(text.getText());
            }
        });
        status = new Label(box, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        send = new Button(box, SWT.PUSH);
        send.setText(messages.format("composer.send"));
        send.setToolTipText(messages.format("composer.send.tip"));
        send.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        send.addListener(SWT.Selection, e -> onSend.accept(text.getText()));
    }

    /** Shows the composer for a conversation with its saved draft. */
    void show(String replyOn, String draft, boolean sending) {
        label.setText(replyOn);
        text.setText(draft);
        setSending(sending);
        showStatus("", Tone.NORMAL);
    }

    /** {@return what the agent wrote} */
    String text() {
        return text.getText();
    }

    /** Empties the field after the engine stored the reply. */
    void clear() {
        text.setText("");
    }

    /** Locks or unlocks the field and the button while a reply is being stored. */
    void setSending(boolean sending) {
        text.setEditable(!sending);
        send.setEnabled(!sending);
    }

    /** Shows a status line: muted for progress, red for an error. */
    void showStatus(String line, Tone tone) {
        status.setText(line);
        status.setForeground(palette.foreground(tone));
        status.getParent().layout(true);
    }

    /** Enables or disables the whole composer. */
    void setEnabled(boolean enabled) {
        text.setEnabled(enabled);
        send.setEnabled(enabled);
    }
}
