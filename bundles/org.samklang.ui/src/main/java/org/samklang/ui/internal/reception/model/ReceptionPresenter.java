package org.samklang.ui.internal.reception.model;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.samklang.core.api.CallService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.ReceptionService;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.Scheduler;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The receptionist's part without widgets: search as you type, favourites, the selected person and who else can
 * help, the desk call, transfers and messages, and what every key means.
 * <p>
 * <b>Threading.</b> Every public method is called on the UI thread, and all state lives there. Directory reads run on
 * the {@code background} executor and come back through {@code ui}; each search has a generation, and a result of an
 * older generation is dropped, so a later keystroke always wins and a slow answer never overwrites a newer one.
 * Presence changes are coalesced to at most four refreshes a second. Call and message commands return futures that
 * complete on core threads; their outcomes are shown in the part through {@code ui}, never as a dialog.
 */
public final class ReceptionPresenter {

    private static final long REFRESH_INTERVAL_MILLIS = 250;

    private ReceptionScreen screen;
    private final ReceptionTexts texts;
    private final UiMessages messages;
    private final Favourites favourites;
    private final Executor background;
    private final Executor ui;
    private final Scheduler scheduler;
    private final LongSupplier nowMillis;
    private final Clock clock;
    private final Supplier<String> clientKeys;
    private ReceptionCalls calls;
    private ReceptionSearch search;

    private PresenceService presence;
    private PresenceService.Subscription presenceSubscription;
    private RefreshThrottle presenceThrottle;
    private int selectedRow = -1;
    private String selectedId;
    private Person selectedPerson;
    private long detailGeneration;
    private Optional<PersonDetail> detail = Optional.empty();
    private boolean helpersFocused;
    private int helperIndex = -1;
    private ReceptionMode shownMode;

    /** Call {@link #attach} next: the screen's widgets need the presenter, so it comes second. */
    public ReceptionPresenter(ReceptionTexts texts, Favourites favourites, Executor background, Executor ui,
            Scheduler scheduler, LongSupplier nowMillis, Clock clock, Supplier<String> clientKeys) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.messages = texts.messages();
        this.favourites = Objects.requireNonNull(favourites, "favourites");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nowMillis = Objects.requireNonNull(nowMillis, "nowMillis");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clientKeys = Objects.requireNonNull(clientKeys, "clientKeys");
    }

    /** Shows everything on {@code target} from now on; called once, before any other method. */
    public void attach(ReceptionScreen target) {
        if (screen != null) {
            throw new IllegalStateException("the presenter is attached already");
        }
        screen = Objects.requireNonNull(target, "screen");
        calls = new ReceptionCalls(target, texts, ui, clock, this::modeChanged);
        search = new ReceptionSearch(target, messages, favourites, background, ui, new ReceptionSearch.Results() {

            @Override
            public void arrived(DirectoryResult result, boolean live) {
                resultArrived(result, live);
            }

            @Override
            public void moreArrived(DirectoryResult result, int firstNewRow) {
                moreRowsArrived(result, firstNewRow);
            }
        });
        screen.showConnected(false);
        screen.showLegend(ReceptionKeyMap.legend(mode(), messages));
        shownMode = mode();
        calls.refreshCall();
    }

    // ---- services (UI thread; the part hops there when DS binds from elsewhere) ----

    /** Uses the directory from now on; null shows "Connecting to the engine…". */
    public void bindPresence(PresenceService service) {
        if (service == presence) {
            return;
        }
        unsubscribePresence();
        presence = service;
        screen.showConnected(service != null);
        if (service != null) {
            RefreshThrottle throttle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, nowMillis, scheduler,
                    () -> ui.execute(this::presenceChanged));
            presenceThrottle = throttle;
            presenceSubscription = service.subscribe(change -> throttle.request());
        }
        search.bind(service);
    }

    /** Uses the desk phone from now on; null means no telephony. */
    public void bindCalls(CallService service) {
        calls.bindCalls(service);
    }

    /** Sends taken messages through this service from now on; null while the engine has none. */
    public void bindReception(ReceptionService service) {
        calls.bindReception(service);
    }

    /** Ends the subscriptions; the presenter is not used afterwards. */
    public void dispose() {
        unsubscribePresence();
        calls.dispose();
    }

    // ---- search ----

    public void searchChanged(String text) {
        search.filter(search.filter().withText(text));
    }

    public void departmentChanged(String department) {
        search.filter(search.filter().withDepartment(department));
    }

    public void availableNowOnlyChanged(boolean availableNowOnly) {
        search.filter(search.filter().withAvailableNowOnly(availableNowOnly));
    }

    /** {@return the current filter} */
    public DirectoryFilter filter() {
        return search.filter();
    }

    /** {@return the result shown, null before the first} */
    public DirectoryResult result() {
        return search.result();
    }

    /** The table wants row {@code row}; a page is read if it is not loaded yet. */
    public void rowWanted(int row) {
        search.rowWanted(row);
    }

    private void resultArrived(DirectoryResult found, boolean live) {
        if (live && selectedId != null) {
            // A live refresh never moves the highlight to someone else under the receptionist's fingers: if the
            // selected person left the list (no longer available), they stay the target, with no row highlighted.
            int row = found.indexOf(selectedId);
            screen.showResults(found, row);
            selectedRow = row;
            found.hit(row).ifPresent(hit -> selectedPerson = hit.person());
            return;
        }
        int row = found.rowCount() > 0 ? 0 : -1;
        screen.showResults(found, row);
        select(row);
    }

    private void moreRowsArrived(DirectoryResult found, int firstNewRow) {
        screen.showMoreRows(found, firstNewRow);
        if (selectedId == null && selectedRow >= firstNewRow) {
            select(selectedRow);
        }
    }

    // ---- live presence ----

    /** Presence changed somewhere (throttled): the rows and the detail are read again, the selection kept. */
    public void presenceChanged() {
        search.search(true);
        loadDetail();
    }

    private void unsubscribePresence() {
        if (presenceSubscription != null) {
            presenceSubscription.close();
            presenceThrottle.close();
            presenceSubscription = null;
        }
    }

    // ---- selection and detail ----

    /** The user highlighted a row (mouse or the table's own keys). */
    public void rowSelected(int row) {
        helpersFocused = false;
        select(row);
    }

    /** The user highlighted a row of who else can help. */
    public void helperSelected(int index) {
        int count = detail.map(d -> d.helpers().size()).orElse(0);
        helpersFocused = index >= 0 && index < count;
        helperIndex = helpersFocused ? index : -1;
    }

    private void select(int row) {
        selectedRow = row;
        DirectoryResult result = search.result();
        Optional<Person> hit = result == null ? Optional.empty() : result.hit(row).map(PersonSearchHit::person);
        if (hit.isEmpty() && row >= 0) {
            rowWanted(row);
        }
        screen.showSelectedRow(row);
        selectedPerson = hit.orElse(null);
        String id = hit.map(Person::id).orElse(null);
        if (!Objects.equals(id, selectedId)) {
            selectedId = id;
            helperIndex = -1;
            helpersFocused = false;
            loadDetail();
        }
    }

    private void loadDetail() {
        long gen = ++detailGeneration;
        String id = selectedId;
        PresenceService service = presence;
        if (id == null || service == null) {
            detail = Optional.empty();
            screen.showDetail(detail);
            return;
        }
        background.execute(() -> {
            try {
                Optional<PersonDetail> loaded = DirectoryReads.detail(service, id, texts);
                ui.execute(() -> detailArrived(gen, loaded));
            } catch (RuntimeException e) {
                ui.execute(() -> screen.showStatus(new InlineStatus(
                        messages.format("reception.detail.failed", FailureTexts.describe(e, messages)), Tone.ERROR)));
            }
        });
    }

    private void detailArrived(long gen, Optional<PersonDetail> loaded) {
        if (gen != detailGeneration) {
            return;
        }
        String helperId = helper().map(Person::id).orElse(null);
        detail = loaded;
        screen.showDetail(loaded);
        List<HelperRow> helpers = loaded.map(PersonDetail::helpers).orElse(List.of());
        helperIndex = -1;
        for (int i = 0; i < helpers.size() && helperId != null; i++) {
            if (helpers.get(i).person().id().equals(helperId)) {
                helperIndex = i;
            }
        }
        helpersFocused &= helperIndex >= 0;
        screen.showSelectedHelper(helperIndex);
    }

    /** {@return the person actions apply to: the highlighted helper while that list has the keyboard, else the row} */
    public Optional<Person> target() {
        return helpersFocused ? helper() : Optional.ofNullable(selectedPerson);
    }

    private Optional<Person> helper() {
        List<HelperRow> helpers = detail.map(PersonDetail::helpers).orElse(List.of());
        return helperIndex >= 0 && helperIndex < helpers.size()
                ? Optional.of(helpers.get(helperIndex).person())
                : Optional.empty();
    }

    // ---- keys and actions ----

    /** {@return what the keys mean now} */
    public ReceptionMode mode() {
        if (calls.formOpen()) {
            return ReceptionMode.MESSAGE_FORM;
        }
        return calls.consulting() ? ReceptionMode.CONSULTING : ReceptionMode.BROWSING;
    }

    /** {@return the action for a key press now, empty if the key is not the part's} */
    public Optional<ReceptionAction> actionFor(KeyPress press) {
        return ReceptionKeyMap.actionFor(press, mode());
    }

    /**
     * Does what a key or a button asks.
     *
     * @param pageRows rows visible in the list being moved in, for page moves
     * @return true if the action was handled (the key should not reach a widget)
     */
    public boolean perform(ReceptionAction action, int pageRows) {
        if (action.isMove()) {
            move(action, pageRows);
            return true;
        }
        Optional<Person> target = target();
        switch (action) {
            case TYPE -> {
                return false;
            }
            case FOCUS_RESULTS, FOCUS_HELPERS -> focus(action == ReceptionAction.FOCUS_HELPERS);
            case TRANSFER_BLIND, TRANSFER_CONSULTATIVE, TRANSFER_VOICEMAIL, TRANSFER_MOBILE -> calls
                    .transfer(action.transferMode().orElseThrow(), target);
            case COMPLETE_TRANSFER -> calls.completeTransfer();
            case CANCEL_TRANSFER -> calls.cancelTransfer();
            case TAKE_MESSAGE -> calls.openMessage(target, clientKeys.get());
            case SEND_MESSAGE -> calls.sendMessage();
            case CLOSE_MESSAGE -> calls.closeMessage();
            case TOGGLE_FAVOURITE -> toggleFavourite(target);
            case CLEAR_SEARCH -> clearSearch();
            default -> throw new IllegalStateException("unhandled action " + action);
        }
        return true;
    }

    /** The message form's fields changed. */
    public void messageEdited(String callerName, String callerNumber, String text, boolean callBack) {
        calls.messageEdited(callerName, callerNumber, text, callBack);
    }

    /** Reads the desk calls again (a call event, or the part's one-second tick for the elapsed time). */
    public void refreshCall() {
        calls.refreshCall();
    }

    private void move(ReceptionAction action, int pageRows) {
        if (helpersFocused) {
            int count = detail.map(d -> d.helpers().size()).orElse(0);
            helperIndex = ListCursor.move(helperIndex, action, count, pageRows);
            screen.showSelectedHelper(helperIndex);
            return;
        }
        int count = search.result() == null ? 0 : search.result().rowCount();
        select(ListCursor.move(selectedRow, action, count, pageRows));
    }

    private void focus(boolean helpers) {
        int count = detail.map(d -> d.helpers().size()).orElse(0);
        helpersFocused = helpers && count > 0;
        if (helpersFocused && helperIndex < 0) {
            helperIndex = 0;
        }
        screen.showSelectedHelper(helpersFocused ? helperIndex : -1);
        screen.showFocus(helpersFocused);
    }

    private void toggleFavourite(Optional<Person> target) {
        if (target.isEmpty()) {
            screen.showStatus(new InlineStatus(messages.format("reception.transfer.noTarget"), Tone.WARNING));
            return;
        }
        Person person = target.get();
        try {
            boolean pinned = favourites.toggle(person.id());
            screen.showStatus(new InlineStatus(messages.format(pinned
                    ? "reception.favourite.pinned"
                    : "reception.favourite.unpinned", person.displayName()), Tone.NORMAL));
        } catch (IllegalStateException e) {
            screen.showStatus(new InlineStatus(messages.format("reception.favourite.full", Favourites.MAX_FAVOURITES),
                    Tone.WARNING));
            return;
        }
        search.search(true);
    }

    private void clearSearch() {
        if (helpersFocused) {
            focus(false);
        } else if (!search.filter().text().isEmpty()) {
            screen.clearSearchText();
            searchChanged("");
        }
    }

    private void modeChanged() {
        ReceptionMode now = mode();
        if (now != shownMode) {
            shownMode = now;
            screen.showLegend(ReceptionKeyMap.legend(now, messages));
        }
    }

    /** {@return the desk call a transfer would move now} */
    public Optional<DeskCall> currentCall() {
        return calls.currentCall();
    }
}
