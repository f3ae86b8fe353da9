package org.samklang.ui.internal.reception;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.ConnectingPane;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.reception.model.CallLine;
import org.samklang.ui.internal.reception.model.DirectoryResult;
import org.samklang.ui.internal.reception.model.InlineStatus;
import org.samklang.ui.internal.reception.model.MessageForm;
import org.samklang.ui.internal.reception.model.PersonDetail;
import org.samklang.ui.internal.reception.model.ReceptionAction;
import org.samklang.ui.internal.reception.model.ReceptionPresenter;
import org.samklang.ui.internal.reception.model.ReceptionScreen;
import org.samklang.ui.internal.reception.model.ReceptionTexts;

/**
 * The reception part's widgets: the desk call at the top, the search line with its filters, the results beside the
 * selected person, then the outcome line and the key legend. It only shows what the presenter says and forwards what
 * the user does.
 */
final class ReceptionView implements ReceptionScreen, KeyRouter.Target {

    private static final int RESULTS_WEIGHT = 62;
    private static final int DETAIL_WEIGHT = 38;

    private final UiMessages messages;
    private final Palette palette;
    private final ReceptionPresenter presenter;
    private final ConnectingPane pane;
    private final Label call;
    private final Button complete;
    private final Button cancel;
    private final Text search;
    private final Combo department;
    private final Button availableNow;
    private final ResultsTable results;
    private final DetailPane detail;
    private final MessageFormView form;
    private final Label footer;
    private final Label status;
    private final Label legend;
    private boolean helpersFocused;

    ReceptionView(Composite parent, UiMessages messages, ReceptionTexts texts, ReceptionPresenter presenter) {
        this.messages = messages;
        this.presenter = presenter;
        this.pane = new ConnectingPane(parent, messages);
        this.palette = new Palette(pane.control());
        Composite content = pane.content();
        content.setLayout(Layouts.grid(1, false));
        Composite callBar = row(content, 3);
        call = new Label(callBar, SWT.NONE);
        call.setFont(palette.bold());
        call.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        complete = actionButton(callBar, "reception.button.complete", "reception.legend.complete",
                ReceptionAction.COMPLETE_TRANSFER);
        cancel = actionButton(callBar, "reception.button.cancel", "reception.legend.cancel",
                ReceptionAction.CANCEL_TRANSFER);
        Composite searchBar = row(content, 3);
        search = new Text(searchBar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(messages.format("reception.search.hint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, e -> presenter.searchChanged(search.getText()));
        department = new Combo(searchBar, SWT.READ_ONLY | SWT.DROP_DOWN);
        department.setToolTipText(messages.format("reception.filter.department.tip"));
        department.addListener(SWT.Selection, e -> presenter.departmentChanged(
                department.getSelectionIndex() <= 0 ? "" : department.getText()));
        showDepartments(List.of());
        availableNow = new Button(searchBar, SWT.CHECK);
        availableNow.setText(messages.format("reception.filter.availableNow"));
        availableNow.addListener(SWT.Selection, e -> presenter.availableNowOnlyChanged(availableNow.getSelection()));
        SashForm sash = new SashForm(content, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(Layouts.tight(1, false));
        results = new ResultsTable(left, presenter, texts, palette);
        footer = new Label(left, SWT.NONE);
        footer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(Layouts.tight(1, false));
        detail = new DetailPane(right, messages, palette, presenter);
        form = new MessageFormView(right, messages, presenter);
        sash.setWeights(RESULTS_WEIGHT, DETAIL_WEIGHT);
        status = new Label(content, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        legend = new Label(content, SWT.WRAP);
        legend.setForeground(palette.foreground(Tone.MUTED));
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    Control control() {
        return pane.control();
    }

    void setFocus() {
        if (!search.isDisposed()) {
            search.setFocus();
        }
    }

    // ---- KeyRouter.Target ----

    @Override
    public Control root() {
        return pane.control();
    }

    @Override
    public Text search() {
        return search;
    }

    @Override
    public int pageRows() {
        return helpersFocused ? detail.visibleHelperRows() : results.visibleRows();
    }

    // ---- ReceptionScreen ----

    @Override
    public void showConnected(boolean connected) {
        pane.showContent(connected);
        if (connected) {
            search.setFocus();
        }
    }

    @Override
    public void showDepartments(List<String> departments) {
        String chosen = department.getSelectionIndex() > 0 ? department.getText() : "";
        department.removeAll();
        department.add(messages.format("reception.filter.allDepartments"));
        departments.forEach(department::add);
        int index = chosen.isEmpty() ? 0 : Math.max(0, departments.indexOf(chosen) + 1);
        department.select(index);
        department.getParent().layout(true);
    }

    @Override
    public void showResults(DirectoryResult result, int selectedRow) {
        results.show(result, selectedRow);
    }

    @Override
    public void showMoreRows(DirectoryResult result, int firstNewRow) {
        results.showMore(result, firstNewRow);
    }

    @Override
    public void showSelectedRow(int row) {
        results.select(row);
    }

    @Override
    public void showFooter(String text) {
        footer.setText(text);
    }

    @Override
    public void showDetail(Optional<PersonDetail> shown) {
        detail.show(shown);
    }

    @Override
    public void showSelectedHelper(int index) {
        detail.selectHelper(index);
    }

    @Override
    public void showFocus(boolean helpers) {
        helpersFocused = helpers;
        if (helpers) {
            detail.helpers().setFocus();
        } else {
            search.setFocus();
        }
    }

    @Override
    public void showCall(CallLine line) {
        if (!call.getText().equals(line.text())) {
            call.setText(line.text());
        }
        call.setForeground(palette.foreground(line.tone()));
        boolean consulting = line.consulting();
        if (complete.getVisible() != consulting) {
            for (Button button : List.of(complete, cancel)) {
                button.setVisible(consulting);
                ((GridData) button.getLayoutData()).exclude = !consulting;
            }
            pane.content().layout(true, true);
        }
    }

    @Override
    public void showStatus(InlineStatus shown) {
        status.setText(shown.text());
        status.setForeground(palette.foreground(shown.tone()));
        status.getParent().layout(new Control[]{status});
    }

    @Override
    public void showMessageForm(Optional<MessageForm> shown) {
        form.show(shown);
        if (shown.isEmpty()) {
            search.setFocus();
        }
    }

    @Override
    public void showLegend(String text) {
        legend.setText(text);
        legend.getParent().layout(new Control[]{legend});
    }

    @Override
    public void clearSearchText() {
        search.setText("");
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(Layouts.tight(columns, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private Button actionButton(Composite parent, String textKey, String keyKey, ReceptionAction action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(messages.format(textKey));
        button.setToolTipText(messages.format(keyKey));
        GridData data = new GridData(SWT.END, SWT.CENTER, false, false);
        data.exclude = true;
        button.setLayoutData(data);
        button.setVisible(false);
        button.addListener(SWT.Selection, e -> presenter.perform(action, 1));
        return button;
    }
}
