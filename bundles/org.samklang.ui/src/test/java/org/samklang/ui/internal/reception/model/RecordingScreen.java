package org.samklang.ui.internal.reception.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Remembers the last thing the presenter showed of each kind, and every status line. */
final class RecordingScreen implements ReceptionScreen {

    Boolean connected;
    List<String> departments = List.of();
    DirectoryResult result;
    int resultsShown;
    final List<String> searchesShown = new ArrayList<>();
    int selectedRow = -2;
    String footer = "";
    Optional<PersonDetail> detail = Optional.empty();
    int selectedHelper = -2;
    Boolean helpersFocused;
    CallLine call;
    final List<InlineStatus> statuses = new ArrayList<>();
    Optional<MessageForm> form = Optional.empty();
    String legend = "";
    int searchCleared;

    InlineStatus status() {
        return statuses.isEmpty() ? InlineStatus.NONE : statuses.get(statuses.size() - 1);
    }

    @Override
    public void showConnected(boolean isConnected) {
        connected = isConnected;
    }

    @Override
    public void showDepartments(List<String> shown) {
        departments = shown;
    }

    @Override
    public void showResults(DirectoryResult shown, int row) {
        result = shown;
        resultsShown++;
        searchesShown.add(shown.filter().text());
        selectedRow = row;
    }

    @Override
    public void showMoreRows(DirectoryResult shown, int firstNewRow) {
        result = shown;
    }

    @Override
    public void showSelectedRow(int row) {
        selectedRow = row;
    }

    @Override
    public void showFooter(String text) {
        footer = text;
    }

    @Override
    public void showDetail(Optional<PersonDetail> shown) {
        detail = shown;
    }

    @Override
    public void showSelectedHelper(int index) {
        selectedHelper = index;
    }

    @Override
    public void showFocus(boolean helpers) {
        helpersFocused = helpers;
    }

    @Override
    public void showCall(CallLine line) {
        call = line;
    }

    @Override
    public void showStatus(InlineStatus status) {
        statuses.add(status);
    }

    @Override
    public void showMessageForm(Optional<MessageForm> shown) {
        form = shown;
    }

    @Override
    public void showLegend(String text) {
        legend = text;
    }

    @Override
    public void clearSearchText() {
        searchCleared++;
    }
}
