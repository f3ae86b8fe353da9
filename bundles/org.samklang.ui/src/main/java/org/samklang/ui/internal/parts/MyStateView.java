package org.samklang.ui.internal.parts;

import java.util.Arrays;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.PresenceService;
import org.samklang.ui.internal.model.MyStateAbsence;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceState;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.MyStateChoices;
import org.samklang.ui.internal.model.PresenceTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * "My state": a dot, a state combo (available, busy, away, offline; a system state while it holds) and a reason combo, with my effective state below as
 * the engine decided it (a call in progress beats a manual choice, a calendar entry may set a reason).
 */
final class MyStateView {

    private final UiMessages messages;
    private final PresenceTexts texts;
    private final Palette palette;
    private final Label dot;
    private final Combo state;
    private final Combo reason;
    private final Label effective;
    private final Label problem;
    private PresenceService service;

    MyStateView(Composite parent, UiMessages messages, PresenceTexts texts, Palette palette) {
        this.messages = messages;
        this.texts = texts;
        this.palette = palette;
        Label title = new Label(parent, SWT.NONE);
        title.setText(messages.format("presence.my"));
        title.setFont(palette.bold());
        Composite now = new Composite(parent, SWT.NONE);
        now.setLayout(Layouts.tight(2, false));
        now.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dot = new Label(now, SWT.NONE);
        dot.setText(PresenceTexts.dot(PresenceState.OFFLINE));
        effective = wrapping(now);
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(Layouts.tight(2, true));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state.setItems(MyStateChoices.stateNames(texts, PresenceState.OFFLINE));
        state.setToolTipText(messages.format("presence.state.tip"));
        state.addListener(SWT.Selection, e -> apply());
        reason = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        reason.setItems(MyStateChoices.reasonNames(texts));
        reason.setToolTipText(messages.format("presence.reason.tip"));
        reason.addListener(SWT.Selection, e -> apply());
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = wrapping(parent);
        problem.setForeground(palette.foreground(Tone.ERROR));
        bind(null, MyStateAbsence.CONNECTING);
    }

    /** Uses {@code presence} from now on; null shows why there is none ({@code absence}). */
    void bind(PresenceService presence, MyStateAbsence absence) {
        service = presence;
        state.setEnabled(presence != null);
        reason.setEnabled(presence != null);
        if (presence == null) {
            effective.setText(messages.format(absence.messageKey()));
            return;
        }
        refresh();
    }

    /** Shows my effective presence now. */
    void refresh() {
        if (service == null || state.isDisposed()) {
            return;
        }
        show(service.myPresence());
    }

    private void show(Presence presence) {
        dot.setText(PresenceTexts.dot(presence.state()));
        dot.setForeground(palette.foreground(PresenceTexts.tone(presence.state())));
        String[] names = MyStateChoices.stateNames(texts, presence.state());
        if (!Arrays.equals(state.getItems(), names)) {
            state.setItems(names);
        }
        state.select(MyStateChoices.shown(presence.state()).indexOf(presence.state()));
        reason.select(MyStateChoices.reasonIndex(presence.reason()));
        reason.setEnabled(presence.state() != PresenceState.AVAILABLE);
        effective.setText(texts.mine(presence));
        effective.getParent().layout(true, true);
    }

    private void apply() {
        if (service == null || !MyStateChoices.choosable(state.getSelectionIndex())) {
            refresh(); // a system state (on a call) is shown, not chosen: show what holds again
            return;
        }
        try {
            show(service.setMyPresence(MyStateChoices.request(state.getSelectionIndex(),
                    reason.getSelectionIndex())));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(messages.format("presence.setFailed", FailureTexts.describe(e, messages)));
        }
        problem.getParent().layout(true, true);
    }

    private static Label wrapping(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }
}
