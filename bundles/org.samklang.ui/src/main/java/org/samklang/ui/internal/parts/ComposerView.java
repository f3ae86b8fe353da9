package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The reply composer: "Reply on: [Email · anna@kund.se ▾]" with a character counter, a plain-text field, the
 * attachment row ({@link AttachmentBar}), a status or error line and Send (Ctrl+Enter).
 * While a reply is being stored the field is read-only, so what is sent is exactly what is shown; when sending
 * fails the text stays and the line says why. While the chosen channel cannot carry a reply at all (its reply window
 * closed) the field and Send are disabled and the line says why.
 */
final class ComposerView {

    private static final int VISIBLE_LINES = 5;

    private final Label label;
    private final Combo channel;
    private final Label counter;
    private final Text text;
    private final AttachmentBar attachments;
    private final Label status;
    private final Button send;
    private final Palette palette;
    private boolean sending;
    private boolean blocked;
    private boolean enabled = true;

    ComposerView(Composite parent, UiMessages messages, Palette palette, Consumer<String> onSend) {
        this.palette = palette;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(Layouts.tight(2, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        Composite row = new Composite(box, SWT.NONE);
        row.setLayout(Layouts.tight(4, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label = new Label(row, SWT.NONE);
        label.setText(messages.format("composer.replyOnLabel"));
        channel = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        channel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        new Label(row, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        counter = new Label(row, SWT.RIGHT);
        counter.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
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
        attachments = new AttachmentBar(box, messages, palette);
        status = new Label(box, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        send = new Button(box, SWT.PUSH);
        send.setText(messages.format("composer.send"));
        send.setToolTipText(messages.format("composer.send.tip"));
        send.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        send.addListener(SWT.Selection, e -> onSend.accept(text.getText()));
    }

    /** Shows the composer for a conversation with its saved draft; {@code replyOn} is the chooser's tooltip. */
    void show(String replyOn, String draft, boolean sending) {
        channel.setToolTipText(replyOn);
        text.setText(draft);
        setSending(sending);
        showStatus("", Tone.NORMAL);
    }

    /** Fills the "Reply on" chooser; the agent's picks go to {@code onPick} (by index). */
    void showChoices(List<String> labels, int selected) {
        channel.setItems(labels.toArray(String[]::new));
        channel.select(selected);
        channel.setEnabled(enabled && labels.size() > 1);
        channel.getParent().layout(true);
    }

    /** Tells {@code onPick} the index of the option the agent picked in the chooser. */
    void onChoice(IntConsumer onPick) {
        channel.addListener(SWT.Selection, e -> onPick.accept(channel.getSelectionIndex()));
    }

    /** Tells {@code onChange} the text after every edit (typing, paste, insertion). */
    void onTextChange(Consumer<String> onChange) {
        text.addListener(SWT.Modify, e -> onChange.accept(text.getText()));
    }

    /** Shows the character counter, red when over the channel's limit. */
    void showCounter(String line, Tone tone, String tip) {
        counter.setText(line);
        counter.setToolTipText(tip);
        counter.setForeground(palette.foreground(tone));
        counter.getParent().layout(true);
    }

    /** Inserts {@code snippet} at the cursor (canned responses, knowledge), replacing a selection. */
    void insert(String snippet) {
        if (text.getEditable() && text.getEnabled()) {
            text.insert(snippet);
        }
    }

    /** Replaces the text (a restored draft). */
    void setText(String value) {
        text.setText(value);
    }

    /** {@return what the agent wrote} */
    String text() {
        return text.getText();
    }

    /** Empties the field after the engine stored the reply. */
    void clear() {
        text.setText("");
    }

    /** Locks or unlocks the field, the attachments and the button while a reply is being stored. */
    void setSending(boolean sending) {
        this.sending = sending;
        applyStates();
    }

    /**
     * Disables the field, the attachments and Send while no reply can be written on the chosen channel (the status
     * line says why); the "Reply on" chooser stays, so another channel can be picked.
     */
    void setBlocked(boolean blocked) {
        this.blocked = blocked;
        applyStates();
    }

    /** {@return the attachment row} */
    AttachmentBar attachments() {
        return attachments;
    }

    /** Shows a status line: muted for progress, red for an error. */
    void showStatus(String line, Tone tone) {
        status.setText(line);
        status.setForeground(palette.foreground(tone));
        status.getParent().layout(true);
    }

    /** Puts the cursor in the reply field (the focus-composer command). */
    void focus() {
        text.setFocus();
    }

    /** Tells {@code listener} true when the reply field gains the keyboard focus and false when it loses it. */
    void onFocusChange(Consumer<Boolean> listener) {
        text.addListener(SWT.FocusIn, e -> listener.accept(true));
        text.addListener(SWT.FocusOut, e -> listener.accept(false));
    }

    /** {@return whether the reply field holds the keyboard focus} */
    boolean hasFocus() {
        return text.isFocusControl();
    }

    /** Enables or disables the whole composer. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        channel.setEnabled(enabled && channel.getItemCount() > 1);
        applyStates();
    }

    private void applyStates() {
        text.setEnabled(enabled && !blocked);
        text.setEditable(!sending);
        send.setEnabled(enabled && !blocked && !sending);
        attachments.setSending(!enabled || blocked || sending);
    }
}
