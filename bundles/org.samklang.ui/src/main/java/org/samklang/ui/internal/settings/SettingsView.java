package org.samklang.ui.internal.settings;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.ConnectingPane;
import org.samklang.ui.internal.parts.Layouts;
import org.samklang.ui.internal.parts.Palette;
import org.samklang.ui.internal.reception.model.InlineStatus;
import org.samklang.ui.internal.settings.model.DuplicateQuestion;
import org.samklang.ui.internal.settings.model.FormActions;
import org.samklang.ui.internal.settings.model.FormModel;
import org.samklang.ui.internal.settings.model.NodeKey;
import org.samklang.ui.internal.settings.model.PluginTree;
import org.samklang.ui.internal.settings.model.RemoveQuestion;
import org.samklang.ui.internal.settings.model.SecretEdit;
import org.samklang.ui.internal.settings.model.SettingsPresenter;
import org.samklang.ui.internal.settings.model.SettingsScreen;

/**
 * The widgets of the Settings part: "Connecting to the engine…" until the service is there, then the plugins tree
 * (with Add under it) beside the selected instance's form or a guiding text, and one status line for what the last
 * action did. UI thread only.
 */
final class SettingsView implements SettingsScreen {

    private static final int TREE_WEIGHT = 34;
    private static final int FORM_WEIGHT = 66;

    private final UiMessages messages;
    private final ConnectingPane pane;
    private final Palette palette;
    private final PluginTreeView tree;
    private final Composite pages;
    private final StackLayout stack = new StackLayout();
    private final Composite messagePage;
    private final Label messageLabel;
    private final Button messageAdd;
    private final InstanceFormView form;
    private final Label status;
    private final Button add;

    /**
     * @param keys the keys bound to a command id as the user reads them ("Ctrl+S"), empty when unbound
     */
    SettingsView(Composite parent, UiMessages messages, SettingsPresenter presenter, Function<String, String> keys) {
        this.messages = messages;
        pane = new ConnectingPane(parent, messages);
        palette = new Palette(pane.control());
        Composite content = pane.content();
        content.setLayout(new FillLayout());
        SashForm sash = new SashForm(content, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(Layouts.grid(1, false));
        tree = new PluginTreeView(left, messages, palette, presenter);
        add = new Button(left, SWT.PUSH);
        add.setText(messages.format("settings.button.add"));
        add.setToolTipText(messages.format("settings.button.add.tip", keys.apply(SettingsPart.ADD_COMMAND)));
        add.addListener(SWT.Selection, e -> presenter.add());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(Layouts.grid(1, false));
        pages = new Composite(right, SWT.NONE);
        pages.setLayout(stack);
        pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        messagePage = new Composite(pages, SWT.NONE);
        messagePage.setLayout(Layouts.tight(1, false));
        messageLabel = new Label(messagePage, SWT.WRAP);
        messageLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        messageAdd = new Button(messagePage, SWT.PUSH);
        messageAdd.setText(messages.format("settings.button.add"));
        messageAdd.setToolTipText(add.getToolTipText());
        messageAdd.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        messageAdd.addListener(SWT.Selection, e -> presenter.add());
        form = new InstanceFormView(pages, messages, palette, presenter, keys);
        status = new Label(right, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        sash.setWeights(TREE_WEIGHT, FORM_WEIGHT);
        stack.topControl = messagePage;
    }

    boolean isDisposed() {
        return pane.control().isDisposed();
    }

    void setFocus() {
        tree.setFocus();
    }

    @Override
    public void showConnected(boolean connected) {
        if (!connected) {
            pane.setWaitingText(messages.format("common.connecting"));
        }
        pane.showContent(connected);
    }

    @Override
    public void showUnavailable(String text) {
        pane.setWaitingText(text);
    }

    @Override
    public void showTree(PluginTree shown, Optional<NodeKey> selected) {
        tree.show(shown, selected);
        add.setEnabled(shown.offersTypes());
    }

    @Override
    public void showMessage(InlineStatus message, boolean offerAdd) {
        messageLabel.setText(message.text());
        messageLabel.setForeground(palette.foreground(message.tone()));
        messageAdd.setVisible(offerAdd);
        ((GridData) messageAdd.getLayoutData()).exclude = !offerAdd;
        show(messagePage);
    }

    @Override
    public void showForm(FormModel shown) {
        form.show(shown);
        show(form.control());
    }

    @Override
    public void showHeader(FormModel.Header header) {
        form.showHeader(header);
    }

    @Override
    public void showProblems(Map<String, String> byKey, String blocked) {
        form.showProblems(byKey, blocked);
    }

    @Override
    public void showSecret(String key, boolean set, SecretEdit edit) {
        form.showSecret(key, set, edit);
    }

    @Override
    public void showActions(FormActions actions) {
        form.showActions(actions);
    }

    @Override
    public void showStatus(InlineStatus shown) {
        status.setText(shown.text());
        status.setForeground(palette.foreground(shown.tone()));
        status.requestLayout();
    }

    @Override
    public void focusTree() {
        later(tree::setFocus);
    }

    @Override
    public void focusForm() {
        later(form::focusFirst);
    }

    /**
     * Moves the keyboard once the event that asked for it is over: a key binding's handler runs inside the tree's
     * key event, and GTK gives the focus back to the tree after it.
     */
    private void later(Runnable focus) {
        pages.getDisplay().asyncExec(() -> {
            if (!pages.isDisposed()) {
                focus.run();
            }
        });
    }

    @Override
    public boolean confirmRemove(RemoveQuestion question) {
        MessageDialog dialog = new MessageDialog(pages.getShell(), question.title(), null, question.message(),
                MessageDialog.WARNING, 1, question.confirm(), messages.format("settings.remove.cancel"));
        return dialog.open() == 0;
    }

    @Override
    public Optional<DuplicateQuestion.Answer> askDuplicate(DuplicateQuestion question) {
        return new DuplicateDialog(pages.getShell(), messages, question).ask();
    }

    private void show(Control page) {
        if (stack.topControl != page) {
            stack.topControl = page;
        }
        pages.layout(true, true);
    }
}
