package org.samklang.ui.internal.settings.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samklang.ui.internal.reception.model.InlineStatus;

/** Remembers what the presenter showed last of each kind, and answers its questions as the test says. */
final class RecordingSettingsScreen implements SettingsScreen {

    Boolean connected;
    PluginTree tree = PluginTree.EMPTY;
    Optional<NodeKey> selected = Optional.empty();
    InlineStatus message;
    boolean offerAdd;
    FormModel form;
    int formsBuilt;
    Map<String, String> problems = Map.of();
    String blocked = "";
    final Map<String, SecretEdit> secrets = new HashMap<>();
    FormActions actions = FormActions.NONE;
    String unavailable = "";
    final List<InlineStatus> statuses = new ArrayList<>();
    int treeFocused;
    int formFocused;
    RemoveQuestion removeAsked;
    boolean removeAnswer;
    DuplicateQuestion duplicateAsked;
    Optional<DuplicateQuestion.Answer> duplicateAnswer = Optional.empty();

    InlineStatus status() {
        return statuses.isEmpty() ? InlineStatus.NONE : statuses.get(statuses.size() - 1);
    }

    /** {@return the tree's row of {@code key}} */
    TreeNode row(NodeKey key) {
        return tree.find(key).orElseThrow(() -> new AssertionError("no row " + key + " in " + tree.rows()));
    }

    @Override
    public void showConnected(boolean isConnected) {
        connected = isConnected;
    }

    @Override
    public void showUnavailable(String text) {
        unavailable = text;
    }

    @Override
    public void showTree(PluginTree shown, Optional<NodeKey> selection) {
        tree = shown;
        selected = selection;
    }

    @Override
    public void showMessage(InlineStatus shown, boolean add) {
        message = shown;
        offerAdd = add;
        form = null;
    }

    @Override
    public void showForm(FormModel shown) {
        form = shown;
        message = null;
        formsBuilt++;
    }

    @Override
    public void showHeader(FormModel.Header header) {
        form = form.withHeader(header);
    }

    @Override
    public void showProblems(Map<String, String> byKey, String why) {
        problems = Map.copyOf(byKey);
        blocked = why;
    }

    @Override
    public void showSecret(String key, boolean set, SecretEdit edit) {
        secrets.put(key, edit);
    }

    @Override
    public void showActions(FormActions shown) {
        actions = shown;
    }

    @Override
    public void showStatus(InlineStatus status) {
        statuses.add(status);
    }

    @Override
    public void focusTree() {
        treeFocused++;
    }

    @Override
    public void focusForm() {
        formFocused++;
    }

    @Override
    public boolean confirmRemove(RemoveQuestion question) {
        removeAsked = question;
        return removeAnswer;
    }

    @Override
    public Optional<DuplicateQuestion.Answer> askDuplicate(DuplicateQuestion question) {
        duplicateAsked = question;
        return duplicateAnswer;
    }
}
