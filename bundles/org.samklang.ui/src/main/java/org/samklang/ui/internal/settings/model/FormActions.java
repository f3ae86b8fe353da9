package org.samklang.ui.internal.settings.model;

/**
 * Which of the form's buttons work now. A button that does not is disabled, never hidden, so the form keeps its
 * shape; why Save is disabled is said beside it.
 *
 * @param save          Save: something to save, no known problem, not saving already
 * @param test          Test connection: the plugin is installed and no test runs
 * @param discard       Discard changes: the form holds edits
 * @param duplicate     Duplicate: a saved instance is shown
 * @param toggle        Enable or Disable: a saved instance is shown and not being switched
 * @param toggleEnables whether the toggle enables (the instance is disabled) or disables
 * @param remove        Remove: a saved instance is shown
 */
public record FormActions(boolean save, boolean test, boolean discard, boolean duplicate, boolean toggle,
        boolean toggleEnables, boolean remove) {

    /** Nothing works: no form is shown. */
    public static final FormActions NONE = new FormActions(false, false, false, false, false, false, false);
}
