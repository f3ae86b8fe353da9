package org.samklang.ui.internal.reception.model;

import java.util.List;
import java.util.Optional;

/**
 * What the {@link ReceptionPresenter} asks of the widgets. Every method is called on the UI thread and only updates
 * widgets; none calls back into the presenter synchronously except through the user's own input.
 */
public interface ReceptionScreen {

    /** Shows the content ({@code true}) or "Connecting to the engine…" while the directory is missing. */
    void showConnected(boolean connected);

    /** Fills the department filter (an "all departments" entry comes first, added by the screen). */
    void showDepartments(List<String> departments);

    /** Shows a new result: every row may have changed; {@code selectedRow} is highlighted (-1 for none). */
    void showResults(DirectoryResult result, int selectedRow);

    /** Shows rows of a later page; rows before {@code firstNewRow} are unchanged. */
    void showMoreRows(DirectoryResult result, int firstNewRow);

    /** Highlights and reveals a row of the results (-1 for none). */
    void showSelectedRow(int row);

    /** Shows the footer under the results: "100 of 320 people", "Searching…". */
    void showFooter(String footer);

    /** Shows the selected person's detail, or that nobody is selected. */
    void showDetail(Optional<PersonDetail> detail);

    /** Highlights a row of "who else can help" (-1 for none). */
    void showSelectedHelper(int index);

    /** Moves the keyboard focus to who else can help ({@code true}) or to the results. */
    void showFocus(boolean helpers);

    /** Shows the desk call line. */
    void showCall(CallLine call);

    /** Shows the outcome line of the last action. */
    void showStatus(InlineStatus status);

    /** Opens the take-a-message form (filled in) or closes it. */
    void showMessageForm(Optional<MessageForm> form);

    /** Shows the key legend. */
    void showLegend(String legend);

    /** Empties the search box (Escape). */
    void clearSearchText();
}
