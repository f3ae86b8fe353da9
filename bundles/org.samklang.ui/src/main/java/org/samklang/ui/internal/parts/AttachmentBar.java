package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.ComposerAttachments;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The composer's attachment row: "Attach…" with a line beside it (progress, why attaching is not possible, or a
 * warning that the chosen channel cannot carry what is attached), and one chip per attached file, "name (size) ✕",
 * which removes the file when pressed. Thin: {@code ComposerController} and {@link ComposerAttachments} decide
 * what it shows.
 */
final class AttachmentBar {

    /** One chip: its text and its remove tooltip. */
    record Chip(String label, String removeTip) {
    }

    private final UiMessages messages;
    private final Palette palette;
    private final Button attach;
    private final Label note;
    private final Composite chips;
    private IntConsumer onRemove = index -> {
    };
    private Runnable onAttach = () -> {
    };
    private boolean attachAllowed = true;

    AttachmentBar(Composite parent, UiMessages messages, Palette palette) {
        this.messages = messages;
        this.palette = palette;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(Layouts.tight(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        attach = new Button(row, SWT.PUSH);
        attach.setText(messages.format("composer.attach"));
        attach.setToolTipText(messages.format("composer.attach.tip"));
        attach.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        attach.addListener(SWT.Selection, e -> onAttach.run());
        attach.setEnabled(false); // until the controller knows the channel
        note = new Label(row, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chips = new Composite(row, SWT.NONE);
        RowLayout wrap = new RowLayout(SWT.HORIZONTAL);
        wrap.wrap = true;
        wrap.marginLeft = 0;
        wrap.marginTop = 0;
        chips.setLayout(wrap);
        GridData chipsData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        chipsData.exclude = true;
        chips.setLayoutData(chipsData);
        chips.setVisible(false);
    }

    private List<Object> shownState = List.of();

    /** Runs {@code listener} when the agent presses "Attach…". */
    void onAttach(Runnable listener) {
        onAttach = listener;
    }

    /** Tells {@code listener} the index of the chip whose file the agent removed. */
    void onRemove(IntConsumer listener) {
        onRemove = listener;
    }

    /** Shows the button's state, the line beside it and the chips. */
    void show(ComposerAttachments.Button button, Optional<String> warning, List<Chip> files) {
        // Shown on every conversation opened and every channel chosen: nothing to redo when nothing changed, which
        // keeps the screen pop from paying for widgets and a layout (see docs/performance.md).
        List<Object> state = List.of(button, warning, files);
        if (state.equals(shownState)) {
            return;
        }
        shownState = state;
        attachAllowed = button.enabled();
        attach.setEnabled(button.enabled());
        attach.setToolTipText(button.tip());
        note.setText(warning.orElse(button.note()));
        note.setForeground(palette.foreground(warning.isPresent() ? Tone.ERROR : Tone.MUTED));
        for (Control old : chips.getChildren()) {
            old.dispose();
        }
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            Button chip = new Button(chips, SWT.PUSH);
            chip.setText(messages.format("composer.attach.chipRemovable", files.get(i).label()));
            chip.setToolTipText(files.get(i).removeTip());
            chip.addListener(SWT.Selection, e -> onRemove.accept(index));
        }
        ((GridData) chips.getLayoutData()).exclude = files.isEmpty();
        chips.setVisible(!files.isEmpty());
        // Only the widgets on the way from the changed ones up, not the whole thread part.
        chips.getParent().getParent().layout(new Control[]{note, chips});
    }

    /** Locks the row while a reply is being stored, so what is sent is what is shown. */
    void setSending(boolean sending) {
        attach.setEnabled(!sending && attachAllowed);
        for (Control chip : chips.getChildren()) {
            chip.setEnabled(!sending);
        }
    }

    /** {@return the path of the file the agent picks, empty if they cancel} Blocks in the dialog (UI thread). */
    Optional<String> chooseFile() {
        FileDialog dialog = new FileDialog(attach.getShell(), SWT.OPEN);
        dialog.setText(messages.format("composer.attach.dialog"));
        return Optional.ofNullable(dialog.open());
    }
}
