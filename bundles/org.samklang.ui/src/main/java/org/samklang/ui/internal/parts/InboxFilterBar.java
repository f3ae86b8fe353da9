package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;
import org.samklang.ui.internal.model.ChannelTexts;
import org.samklang.ui.internal.model.InboxSource;
import org.samklang.ui.internal.model.SlaClock;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The search field and filter row above the conversation list: All / Mine / Unassigned, a channel choice, "At
 * risk", "My queues" (the queues routing offers me work from), and a
 * search over every message (Ctrl+K, a command, from anywhere in the window; Down moves into the list).
 */
final class InboxFilterBar {

    /** Typing pauses this long before the search runs, so each keystroke does not start a store query. */
    private static final int SEARCH_DELAY_MILLIS = 300;
    private static final List<InboxQuery.View> VIEWS = List.of(InboxQuery.View.OPEN, InboxQuery.View.MINE,
            InboxQuery.View.UNASSIGNED);
    private static final MediaType[] MEDIA = MediaType.values();

    private final Text search;
    private final Button[] viewButtons = new Button[VIEWS.size()];
    private final Combo channel;
    private final Button atRisk;
    private final Button myQueues;
    private final String myQueuesTip;
    private final Runnable onChange;
    private InboxQuery.View view = InboxQuery.View.OPEN;
    private int searchVersion;

    InboxFilterBar(Composite parent, UiMessages messages, Runnable onChange, Runnable onDown) {
        this.onChange = onChange;
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(messages.format("list.search.hint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, e -> searchSoon());
        search.addListener(SWT.DefaultSelection, this::searchNow);
        search.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                e.doit = false;
                onDown.run();
            }
        });
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(Layouts.tight(VIEWS.size(), false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (int i = 0; i < VIEWS.size(); i++) {
            viewButtons[i] = viewButton(row, messages, VIEWS.get(i));
        }
        viewButtons[0].setSelection(true);
        Composite narrow = new Composite(parent, SWT.NONE);
        narrow.setLayout(Layouts.tight(3, false));
        narrow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        channel = channelCombo(narrow, messages);
        atRisk = new Button(narrow, SWT.CHECK);
        atRisk.setText(messages.format("list.filter.atRisk"));
        atRisk.setToolTipText(messages.format("list.filter.atRisk.tip", SlaClock.AT_RISK_PERCENT));
        atRisk.addListener(SWT.Selection, e -> onChange.run());
        myQueues = new Button(narrow, SWT.CHECK);
        myQueues.setText(messages.format("list.filter.myQueues"));
        myQueuesTip = messages.format("list.filter.myQueues.tip");
        myQueues.setToolTipText(myQueuesTip);
        myQueues.addListener(SWT.Selection, e -> onChange.run());
    }

    /** {@return the search field, for Ctrl+K} */
    Text searchField() {
        return search;
    }

    /**
     * {@return what the list should show; "Mine" needs my id and falls back to All without it, "My queues" needs
     * the queues I serve ({@code myQueues}) and is off without them}
     */
    InboxSource source(Optional<String> myId, Optional<Set<String>> myQueueIds) {
        InboxQuery query = view == InboxQuery.View.MINE && myId.isPresent()
                ? InboxQuery.mine(myId.get())
                : InboxQuery.of(view == InboxQuery.View.MINE ? InboxQuery.View.OPEN : view);
        int index = channel.getSelectionIndex();
        Optional<MediaType> media = index <= 0 ? Optional.empty() : Optional.of(MEDIA[index - 1]);
        Optional<Set<String>> queues = myQueues.getSelection() ? myQueueIds : Optional.empty();
        return new InboxSource(query, media, Optional.of(search.getText()), atRisk.getSelection(), queues);
    }

    /**
     * Enables "Mine" only when the desktop knows who the agent is, and "My queues" only when routing can also say
     * which queues that is; {@return whether the list changed because of it}
     */
    boolean setMineAvailable(boolean available, boolean queuesKnown, String whyNot) {
        boolean queuesWereOn = myQueues.getSelection();
        myQueues.setEnabled(available && queuesKnown);
        myQueues.setToolTipText(available && queuesKnown ? myQueuesTip : whyNot);
        if (!myQueues.isEnabled()) {
            myQueues.setSelection(false);
        }
        Button mine = viewButtons[VIEWS.indexOf(InboxQuery.View.MINE)];
        mine.setEnabled(available);
        mine.setToolTipText(available ? null : whyNot);
        if (!available && view == InboxQuery.View.MINE) {
            select(InboxQuery.View.OPEN);
            return true;
        }
        return queuesWereOn && !myQueues.getSelection();
    }

    /** Shows another view as if its button were pressed; a disabled view (Mine without presence) is ignored. */
    void choose(InboxQuery.View chosen) {
        int index = VIEWS.indexOf(chosen);
        if (index >= 0 && viewButtons[index].isEnabled() && chosen != view) {
            select(chosen);
            onChange.run();
        }
    }

    /** Puts the cursor in the search field with its text selected. */
    void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    private Button viewButton(Composite row, UiMessages messages, InboxQuery.View buttonView) {
        Button button = new Button(row, SWT.TOGGLE);
        button.setText(messages.format("list.filter." + UiMessages.keyOf(buttonView)));
        button.setToolTipText(messages.format("list.filter." + UiMessages.keyOf(buttonView) + ".tip"));
        button.addListener(SWT.Selection, e -> {
            select(buttonView);
            onChange.run();
        });
        return button;
    }

    private Combo channelCombo(Composite parent, UiMessages messages) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        ChannelTexts channels = new ChannelTexts(messages);
        combo.add(messages.format("list.filter.allChannels"));
        for (MediaType media : MEDIA) {
            combo.add(messages.format("list.filter.channel", ChannelTexts.glyph(media), channels.name(media)));
        }
        combo.select(0);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> onChange.run());
        return combo;
    }

    private void select(InboxQuery.View selected) {
        view = selected;
        for (int i = 0; i < VIEWS.size(); i++) {
            viewButtons[i].setSelection(VIEWS.get(i) == selected);
        }
    }

    private void searchSoon() {
        int version = ++searchVersion;
        search.getDisplay().timerExec(SEARCH_DELAY_MILLIS, () -> {
            if (!search.isDisposed() && version == searchVersion) {
                onChange.run();
            }
        });
    }

    private void searchNow(Event event) {
        searchVersion++;
        if (event.detail == SWT.ICON_CANCEL) {
            search.setText("");
            searchVersion++;
        }
        onChange.run();
    }
}
