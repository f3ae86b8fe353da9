package org.samklang.ui.internal.settings.model;

import java.util.Map;
import java.util.Optional;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * What the {@link SettingsPresenter} asks of the widgets. Every method is called on the UI thread and only updates
 * widgets; the two questions open a modal dialog and return the answer.
 */
public interface SettingsScreen {

    /** Shows the view ({@code true}) or "Connecting to the engine…" while the settings service is missing. */
    void showConnected(boolean connected);

    /**
     * Replaces "Connecting to the engine…" with {@code text}: the settings service has not come within the time a
     * desk needs to start. Shown until the service comes ({@link #showConnected}).
     */
    void showUnavailable(String text);

    /** Shows the plugins tree with {@code selected} highlighted (none when empty). */
    void showTree(PluginTree tree, Optional<NodeKey> selected);

    /**
     * Shows a text instead of a form: loading, nothing configured yet, a type's description, an instance that was
     * removed while shown.
     *
     * @param offerAdd whether an Add button belongs beside it
     */
    void showMessage(InlineStatus message, boolean offerAdd);

    /** Builds the form of one instance; the field that had the keyboard keeps it when the same form is built again. */
    void showForm(FormModel form);

    /** Updates the header of the form shown (its state changed) without touching the fields. */
    void showHeader(FormModel.Header header);

    /**
     * Shows problems at their fields (a key without a problem is cleared); {@code SettingProblem.INSTANCE_KEY} is the
     * id field, or the header for a saved instance.
     *
     * @param blocked why Save is disabled, beside it; empty when it is not
     */
    void showProblems(Map<String, String> byKey, String blocked);

    /** Shows whether a secret is set and what Save will do with it. */
    void showSecret(String key, boolean set, SecretEdit edit);

    /** Enables the form's buttons. */
    void showActions(FormActions actions);

    /** Shows the outcome of the last action, or what runs now ({@link InlineStatus#NONE} clears it). */
    void showStatus(InlineStatus status);

    /** Moves the keyboard to the tree (Esc in the form). */
    void focusTree();

    /** Moves the keyboard to the form's first field that can be edited. */
    void focusForm();

    /** Asks before an instance is removed; {@code true} to remove. */
    boolean confirmRemove(RemoveQuestion question);

    /** Asks the copy's id and name; empty when cancelled. */
    Optional<DuplicateQuestion.Answer> askDuplicate(DuplicateQuestion question);
}
