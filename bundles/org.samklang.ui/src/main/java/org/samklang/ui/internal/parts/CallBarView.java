package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.WrapUpCode;
import org.samklang.ui.internal.model.CallBarPresenter;
import org.samklang.ui.internal.model.CallBarState;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The call bar above a phone conversation's timeline while its call is at the desk: state and time, Answer, Hold,
 * Resume, Transfer (target and mode), Complete / Cancel transfer during a consultation, Hang up, and after the call
 * the wrap-up code chooser. Buttons follow the call's state; a failure is a line of text in the bar, never a
 * dialog. Widgets only: the part sends the commands.
 */
final class CallBarView {

    /** What the bar's controls ask for; called on the UI thread. */
    interface Actions {

        void answer();

        void hold();

        void resume();

        void transfer(String target, TransferMode mode);

        void completeTransfer();

        void cancelTransfer();

        void hangUp();

        void wrapUp(WrapUpCode code);
    }

    private final UiMessages messages;
    private final CallBarPresenter presenter;
    private final Palette palette;
    private final Composite bar;
    private final Label state;
    private final Label time;
    private final Composite controls;
    private final Button answer;
    private final Button hold;
    private final Button resume;
    private final Button hangUp;
    private final Composite transferRow;
    private final Text target;
    private final Combo mode;
    private final Button transfer;
    private final Composite consultRow;
    private final Composite wrapRow;
    private final Combo codes;
    private final Label status;
    private List<WrapUpCode> shownCodes = List.of();
    private boolean busy;
    private CallBarState shown;

    CallBarView(Composite parent, UiMessages messages, CallBarPresenter presenter, Palette palette, Actions actions) {
        this.messages = messages;
        this.presenter = presenter;
        this.palette = palette;
        bar = new Composite(parent, SWT.BORDER);
        bar.setLayout(Layouts.grid(1, false));
        GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        bar.setLayoutData(barData);
        controls = row(bar);
        state = new Label(controls, SWT.NONE);
        state.setFont(palette.bold());
        time = new Label(controls, SWT.NONE);
        answer = button(controls, "call.answer", actions::answer);
        hold = button(controls, "call.hold", actions::hold);
        resume = button(controls, "call.resume", actions::resume);
        hangUp = button(controls, "call.hangUp", actions::hangUp);
        transferRow = row(bar);
        target = new Text(transferRow, SWT.BORDER | SWT.SINGLE);
        target.setMessage(messages.format("call.transfer.hint"));
        mode = new Combo(transferRow, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (TransferMode m : TransferMode.values()) {
            mode.add(presenter.label(m));
        }
        mode.select(0);
        transfer = button(transferRow, "call.transfer", () -> askTransfer(actions));
        target.addListener(SWT.DefaultSelection, e -> askTransfer(actions));
        consultRow = row(bar);
        button(consultRow, "call.transfer.complete", actions::completeTransfer);
        button(consultRow, "call.transfer.cancel", actions::cancelTransfer);
        wrapRow = row(bar);
        new Label(wrapRow, SWT.NONE).setText(messages.format("call.wrapUpChooser"));
        codes = new Combo(wrapRow, SWT.READ_ONLY | SWT.DROP_DOWN);
        button(wrapRow, "call.wrapUpDone", () -> chosenCode().ifPresent(actions::wrapUp));
        status = new Label(bar, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setForeground(palette.foreground(Tone.ERROR));
        hide();
    }

    Control control() {
        return bar;
    }

    /** Shows the bar for a call; the status line is kept while it is the same call. */
    void show(CallBarState newState, List<WrapUpCode> wrapUpCodes) {
        boolean sameCall = shown != null && shown.callId().equals(newState.callId());
        shown = newState;
        if (!sameCall) {
            status.setText("");
            target.setText("");
        }
        state.setText(newState.stateText());
        state.setForeground(palette.foreground(newState.tone()));
        time.setText(newState.timeText());
        if (!wrapUpCodes.equals(shownCodes)) {
            shownCodes = List.copyOf(wrapUpCodes);
            codes.removeAll();
            shownCodes.forEach(code -> codes.add(presenter.label(code)));
        }
        visible(transferRow, !newState.wrapUp() && !newState.consultation());
        visible(consultRow, newState.consultation());
        visible(wrapRow, newState.wrapUp());
        visible(bar, true);
        enable();
        bar.getParent().layout(true, true);
    }

    /** Only the time changes (the bar ticks every second). */
    void tick(CallBarState newState) {
        if (shown != null && shown.callId().equals(newState.callId()) && !bar.isDisposed()) {
            time.setText(newState.timeText());
            controls.layout(true);
        }
    }

    void hide() {
        shown = null;
        visible(bar, false);
        if (!bar.getParent().isDisposed()) {
            bar.getParent().layout(true, true);
        }
    }

    boolean isShowing() {
        return shown != null;
    }

    /** While a command is out the controls wait, so one click is one command. */
    void busy(boolean waiting) {
        busy = waiting;
        status.setText(waiting ? messages.format("call.working") : status.getText());
        status.setForeground(palette.foreground(waiting ? Tone.MUTED : Tone.ERROR));
        enable();
    }

    /** The result of a command: empty clears the line, anything else is why it was not done. */
    void message(String text) {
        status.setText(text);
        status.setForeground(palette.foreground(Tone.ERROR));
        bar.layout(true);
    }

    private void enable() {
        if (shown == null) {
            return;
        }
        answer.setEnabled(!busy && shown.answer());
        hold.setEnabled(!busy && shown.hold());
        resume.setEnabled(!busy && shown.resume());
        hangUp.setEnabled(!busy && shown.hangUp());
        transfer.setEnabled(!busy && shown.transfer());
        target.setEnabled(shown.transfer());
        mode.setEnabled(shown.transfer());
        for (Control child : consultRow.getChildren()) {
            child.setEnabled(!busy && shown.consultation());
        }
        for (Control child : wrapRow.getChildren()) {
            child.setEnabled(!busy);
        }
    }

    private void askTransfer(Actions actions) {
        if (busy || shown == null || !shown.transfer()) {
            return;
        }
        Optional<String> to = CallBarPresenter.target(target.getText());
        if (to.isEmpty()) {
            message(messages.format("call.transfer.noTarget"));
            target.setFocus();
            return;
        }
        actions.transfer(to.get(), TransferMode.values()[Math.max(0, mode.getSelectionIndex())]);
    }

    private Optional<WrapUpCode> chosenCode() {
        int index = codes.getSelectionIndex();
        return index < 0 || index >= shownCodes.size() ? Optional.empty() : Optional.of(shownCodes.get(index));
    }

    private static Composite row(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginLeft = 0;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private Button button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(messages.format(key));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static void visible(Control control, boolean visible) {
        control.setVisible(visible);
        if (control.getLayoutData() instanceof GridData data) {
            data.exclude = !visible;
        }
    }
}
