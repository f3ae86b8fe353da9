package org.samklang.ui.internal.reception;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.reception.model.HelperRow;
import org.samklang.ui.internal.reception.model.PersonDetail;
import org.samklang.ui.internal.reception.model.ReceptionAction;
import org.samklang.ui.internal.reception.model.ReceptionPresenter;

/**
 * The selected person: state with reason, back-at and next, phone numbers, the action buttons (each tooltip names its
 * key), and who else can help with their live state. The message form sits below it when open.
 */
final class DetailPane {

    private static final int[] HELPER_WIDTHS = {28, 150, 150, 130, 56};

    private final UiMessages messages;
    private final Palette palette;
    private final ReceptionPresenter presenter;
    private final Composite root;
    private final Label name;
    private final Label subtitle;
    private final Label state;
    private final Label backAt;
    private final Label phones;
    private final Composite buttons;
    private final Label helpersHeading;
    private final Table helpers;

    DetailPane(Composite parent, UiMessages messages, Palette palette, ReceptionPresenter presenter) {
        this.messages = messages;
        this.palette = palette;
        this.presenter = presenter;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Layouts.tight(1, false));
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        name = label(palette.title());
        subtitle = label(null);
        state = label(palette.bold());
        backAt = label(null);
        phones = label(null);
        buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(Layouts.tight(6, false));
        button("reception.button.blind", "reception.legend.blind", ReceptionAction.TRANSFER_BLIND);
        button("reception.button.consult", "reception.legend.consult", ReceptionAction.TRANSFER_CONSULTATIVE);
        button("reception.button.voicemail", "reception.legend.voicemail", ReceptionAction.TRANSFER_VOICEMAIL);
        button("reception.button.mobile", "reception.legend.mobile", ReceptionAction.TRANSFER_MOBILE);
        button("reception.button.message", "reception.legend.message", ReceptionAction.TAKE_MESSAGE);
        button("reception.button.favourite", "reception.legend.favourite", ReceptionAction.TOGGLE_FAVOURITE);
        helpersHeading = label(palette.bold());
        helpersHeading.setText(messages.format("reception.helpers.heading"));
        helpers = new Table(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData helpersData = new GridData(SWT.FILL, SWT.FILL, true, true);
        helpersData.heightHint = 120;
        helpers.setLayoutData(helpersData);
        for (int width : HELPER_WIDTHS) {
            new TableColumn(helpers, SWT.LEFT).setWidth(width);
        }
        helpers.addListener(SWT.Selection, e -> presenter.helperSelected(helpers.getSelectionIndex()));
        show(Optional.empty());
    }

    Composite control() {
        return root;
    }

    Table helpers() {
        return helpers;
    }

    void show(Optional<PersonDetail> shown) {
        if (shown.isEmpty()) {
            name.setText("");
            line(subtitle, messages.format("reception.detail.empty"));
            for (Label label : List.of(state, backAt, phones)) {
                line(label, "");
            }
            buttons.setEnabled(false);
            helpers.removeAll();
            root.layout(true, true);
            return;
        }
        PersonDetail detail = shown.get();
        name.setText(detail.glyph() + " " + detail.name());
        name.setForeground(palette.foreground(detail.tone()));
        line(subtitle, detail.subtitle());
        line(state, detail.state());
        line(backAt, detail.backAt());
        line(phones, detail.phones());
        buttons.setEnabled(true);
        fillHelpers(detail.helpers());
        root.layout(true, true);
    }

    void selectHelper(int index) {
        if (index < 0 || index >= helpers.getItemCount()) {
            helpers.deselectAll();
        } else {
            helpers.setSelection(index);
            helpers.showSelection();
        }
    }

    int visibleHelperRows() {
        return Math.max(1, helpers.getClientArea().height / Math.max(1, helpers.getItemHeight()));
    }

    private void fillHelpers(List<HelperRow> rows) {
        helpers.setRedraw(false);
        try {
            helpers.removeAll();
            for (HelperRow row : rows) {
                TableItem item = new TableItem(helpers, SWT.NONE);
                item.setText(row.cells());
                item.setForeground(0, palette.foreground(row.tone()));
            }
            if (rows.isEmpty()) {
                new TableItem(helpers, SWT.NONE).setText(1, messages.format("reception.helpers.none"));
            }
        } finally {
            helpers.setRedraw(true);
        }
    }

    /** Sets a line's text; an empty line takes no room. */
    private static void line(Label label, String text) {
        label.setText(text);
        ((GridData) label.getLayoutData()).exclude = text.isEmpty();
        label.setVisible(!text.isEmpty());
    }

    private Label label(Font font) {
        Label label = new Label(root, SWT.WRAP);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (font != null) {
            label.setFont(font);
        }
        return label;
    }

    private void button(String textKey, String keyKey, ReceptionAction action) {
        Button button = new Button(buttons, SWT.PUSH);
        button.setText(messages.format(textKey));
        button.setToolTipText(messages.format(keyKey));
        button.addListener(SWT.Selection, e -> presenter.perform(action, 1));
    }
}
