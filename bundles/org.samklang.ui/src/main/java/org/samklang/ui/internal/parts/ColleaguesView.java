package org.samklang.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.PresenceService;
import org.samklang.ui.internal.model.ColleagueList;
import org.samklang.ui.internal.model.ColleagueRow;
import org.samklang.ui.internal.model.PresenceTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * A few colleagues with their public state, reason, until time and whom to ask instead
 * ("● Anders  Meeting → 14:00 (ask Karin)"), filtered by a small search field.
 */
final class ColleaguesView {

    private static final int SEARCH_DELAY_MILLIS = 150;
    private static final int DOT_WIDTH = 24;
    private static final int NAME_WIDTH = 120;

    private final UiMessages messages;
    private final PresenceTexts texts;
    private final Palette palette;
    private final Text search;
    private final Table table;
    private final Label footer;
    private PresenceService service;
    private int searchVersion;

    ColleaguesView(Composite parent, UiMessages messages, PresenceTexts texts, Palette palette) {
        this.messages = messages;
        this.texts = texts;
        this.palette = palette;
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(Layouts.tight(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label title = new Label(top, SWT.NONE);
        title.setText(messages.format("colleagues.heading"));
        title.setFont(palette.bold());
        search = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(messages.format("colleagues.search.hint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, e -> refreshSoon());
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrollbarRoom.keep(table);
        new TableColumn(table, SWT.CENTER).setWidth(DOT_WIDTH);
        new TableColumn(table, SWT.LEFT).setWidth(NAME_WIDTH);
        new TableColumn(table, SWT.LEFT).setWidth(NAME_WIDTH);
        table.addListener(SWT.Resize, e -> table.getColumn(2).setWidth(
                Math.max(NAME_WIDTH, table.getClientArea().width - DOT_WIDTH - NAME_WIDTH)));
        footer = new Label(parent, SWT.NONE);
        footer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bind(null);
    }

    /** Uses {@code presence} from now on; null shows that the engine is not there yet. */
    void bind(PresenceService presence) {
        service = presence;
        search.setEnabled(presence != null);
        if (presence == null) {
            table.removeAll();
            footer.setText(messages.format("common.connecting"));
            return;
        }
        refresh();
    }

    /** Reads the colleagues again (after presence changes). */
    void refresh() {
        if (service == null || table.isDisposed()) {
            return;
        }
        ColleagueList list = ColleagueList.load(service, search.getText(), service.myPresence().personId(), texts,
                messages);
        table.setRedraw(false);
        try {
            table.setItemCount(list.rows().size());
            for (int i = 0; i < list.rows().size(); i++) {
                fill(table.getItem(i), list.rows().get(i));
            }
        } finally {
            table.setRedraw(true);
        }
        footer.setText(list.footer());
    }

    private void fill(TableItem item, ColleagueRow row) {
        item.setText(new String[]{row.dot(), row.name(), row.status()});
        item.setForeground(0, palette.foreground(row.tone() == Tone.NORMAL ? Tone.MUTED : row.tone()));
        item.setData(row.personId());
    }

    private void refreshSoon() {
        int mine = ++searchVersion;
        search.getDisplay().timerExec(SEARCH_DELAY_MILLIS, () -> {
            if (!search.isDisposed() && mine == searchVersion) {
                refresh();
            }
        });
    }
}
