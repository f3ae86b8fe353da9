package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.Substitute;
import org.samklang.core.api.model.TransferMode;
import org.samklang.ui.internal.model.Scheduler;
import org.samklang.ui.internal.model.Tone;

class ReceptionPresenterTest {

    private final StepExecutor background = new StepExecutor();
    private final StepExecutor ui = new StepExecutor();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final Scheduler scheduler = (task, delay) -> scheduled.add(task);
    private final RecordingScreen screen = new RecordingScreen();
    private final FavouritesTest.MemoryStore store = new FavouritesTest.MemoryStore();
    private final FakeDirectory directory = new FakeDirectory();
    private final FakeCalls calls = new FakeCalls();
    private final FakeReception reception = new FakeReception();
    private final AtomicInteger keys = new AtomicInteger();
    private ReceptionPresenter presenter;

    private final Person anna = People.person("anna", "Anna Lindqvist", "Kundtjänst", "2001", "+46701000001");
    private final Person anders = People.person("anders", "Anders Öström", "Försäljning", "2002", "");
    private final Person karin = People.person("karin", "Karin Berg", "Försäljning", "2003", "");

    @BeforeEach
    void setUp() {
        directory.add(anna, PresenceState.AVAILABLE, PresenceReason.NONE);
        directory.add(anders, PresenceState.BUSY, PresenceReason.MEETING);
        directory.add(karin, PresenceState.AVAILABLE, PresenceReason.NONE);
        for (int i = 0; i < 250; i++) {
            directory.add(People.person("p" + i, String.format("Zeta %03d", i), "Lager", "3" + i, ""),
                    PresenceState.OFFLINE, PresenceReason.NONE);
        }
        presenter = new ReceptionPresenter(People.texts(), new Favourites(store), background, ui, scheduler,
                () -> 0L, People.CLOCK, () -> "key-" + keys.incrementAndGet());
        presenter.attach(screen);
    }

    private void settle() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }

    private void connect() {
        presenter.bindPresence(directory);
        presenter.bindCalls(calls);
        presenter.bindReception(reception);
        settle();
    }

    private void type(String text) {
        presenter.searchChanged(text);
        settle();
    }

    private String selectedName() {
        return screen.result.hit(screen.selectedRow).orElseThrow().person().displayName();
    }

    @Test
    void givenNoDirectory_thenThePartSaysItIsConnecting() {
        assertEquals(Boolean.FALSE, screen.connected);
        presenter.bindPresence(directory);
        assertEquals(Boolean.TRUE, screen.connected);
        presenter.bindPresence(null);
        assertEquals(Boolean.FALSE, screen.connected);
    }

    @Test
    void searchingRunsOnTheBackgroundThreadAndTheFirstHitIsHighlighted() {
        connect();
        presenter.searchChanged("kar");
        assertEquals(253, screen.result.total(), "nothing changes until the background thread ran");

        settle();

        assertEquals(1, screen.result.total());
        assertEquals("Karin Berg", selectedName());
        assertEquals("Karin Berg", screen.detail.orElseThrow().name());
    }

    @Test
    void givenTwoKeystrokes_whenTheFirstAnswerArrivesLate_thenOnlyTheLaterOneIsShown() {
        connect();
        presenter.searchChanged("an");
        background.runOne(); // "an" is searched
        presenter.searchChanged("and"); // a keystroke before its answer reached the UI thread
        settle();

        assertEquals("and", screen.result.filter().text());
        assertEquals(1, screen.result.total());
        assertEquals("Anders Öström", selectedName());
        assertTrue(directory.queries.stream().anyMatch(q -> q.text().equals("an")), "the late answer was computed");
        assertFalse(screen.searchesShown.contains("an"), "but never shown");
    }

    @Test
    void aBurstOfKeystrokesSearchesOnlyForTheLastOne() {
        connect();
        int before = directory.queries.size();
        presenter.searchChanged("ka");
        presenter.searchChanged("kar");
        presenter.searchChanged("kari");
        settle();
        List<PersonQuery> asked = directory.queries.subList(before, directory.queries.size());
        assertEquals(List.of("kari"), asked.stream().map(PersonQuery::text).toList());
    }

    @Test
    void givenAFavourite_whenTheSearchIsEmpty_thenItIsListedFirst_andNotWhileSearching() {
        connect();
        type("karin");
        presenter.perform(ReceptionAction.TOGGLE_FAVOURITE, 10);
        settle();
        assertEquals("karin", store.stored);

        type("");
        assertEquals(1, screen.result.favourites().size());
        assertTrue(screen.result.isFavouriteRow(0));
        assertEquals("karin", screen.result.hit(0).orElseThrow().person().id());
        assertTrue(screen.footer.contains("1 favourite"), screen.footer);

        type("and");
        assertEquals(0, screen.result.favourites().size());
    }

    @Test
    void theVirtualTableReadsTheNextPageOnlyWhenAnUnloadedRowIsWanted() {
        connect();
        assertEquals(DirectoryReads.PAGE_SIZE, screen.result.hits().size());
        assertEquals("100 of 253 people", screen.footer);

        presenter.rowWanted(150);
        presenter.rowWanted(151); // the same page is not asked twice
        settle();

        assertEquals(200, screen.result.hits().size());
        assertEquals(1, directory.queries.stream().filter(q -> q.offset() == 100).count());
        assertEquals("200 of 253 people", screen.footer);
    }

    @Test
    void movingWithTheKeypadFollowsTheListAndLoadsTheDetail() {
        connect();
        presenter.perform(ReceptionAction.MOVE_DOWN, 10);
        settle();
        assertEquals(1, screen.selectedRow);
        assertEquals(selectedName(), screen.detail.orElseThrow().name());
        presenter.perform(ReceptionAction.MOVE_LAST, 10);
        settle();
        assertEquals(252, screen.selectedRow, "the last row, loaded on the way");
        assertEquals("Zeta 249", selectedName());
    }

    @Test
    void givenPresenceChanges_thenRefreshesAreThrottledAndTheSelectionStays() {
        connect();
        type("anders");
        int shown = screen.resultsShown;
        directory.setPresence(FakeDirectory.presence("anders", PresenceState.AVAILABLE, PresenceReason.NONE, null,
                null));
        directory.setPresence(FakeDirectory.presence("karin", PresenceState.AWAY, PresenceReason.LUNCH, null, null));
        assertEquals(1, scheduled.size(), "two changes, one refresh");

        scheduled.remove(0).run();
        settle();

        assertEquals(shown + 1, screen.resultsShown);
        assertEquals("Anders Öström", selectedName());
        assertEquals("Available", screen.detail.orElseThrow().state());
    }

    @Test
    void givenATypedSearchInFlight_whenALiveRefreshOvertakesIt_thenTheFirstHitIsStillHighlighted() {
        connect();
        presenter.searchChanged("kar");
        directory.setPresence(FakeDirectory.presence("karin", PresenceState.AWAY, PresenceReason.LUNCH, null, null));
        scheduled.remove(0).run();
        settle();

        assertEquals("Karin Berg", selectedName());
        assertEquals("Karin Berg", screen.detail.orElseThrow().name());
    }

    @Test
    void givenAvailableOnly_whenTheSelectedPersonBecomesBusy_thenTheyStayTheTargetAndNoOtherRowIsHighlighted() {
        connect();
        presenter.availableNowOnlyChanged(true);
        type("karin");
        directory.setPresence(FakeDirectory.presence("karin", PresenceState.BUSY, PresenceReason.MEETING, null,
                null));
        scheduled.remove(0).run();
        settle();

        assertEquals(-1, screen.selectedRow);
        assertEquals(Optional.of(karin), presenter.target());
    }

    @Test
    void enterTransfersTheCallBlindToTheHighlightedPersonsExtension() {
        calls.publish(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567"));
        connect();
        type("anna");

        presenter.perform(ReceptionAction.TRANSFER_BLIND, 10);
        assertEquals("Transferring to Anna Lindqvist…", screen.status().text());
        presenter.perform(ReceptionAction.TRANSFER_BLIND, 10);
        assertEquals(1, calls.commands.size(), "a second Enter while waiting sends nothing");

        calls.last().future().complete(new CallOutcome.Done());
        settle();

        FakeCalls.Command sent = calls.commands.get(0);
        assertEquals("c1", sent.callId());
        assertEquals(TransferMode.BLIND, sent.request().mode());
        assertEquals("2001", sent.request().target());
        assertEquals(new InlineStatus("Transferred to Anna Lindqvist.", Tone.GOOD), screen.status());
    }

    @Test
    void aRefusedTransferIsShownInlineWithThePbxReason() {
        calls.publish(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567"));
        connect();
        type("anna");
        presenter.perform(ReceptionAction.TRANSFER_MOBILE, 10);
        assertEquals("+46701000001", calls.last().request().target());
        calls.last().future().complete(new CallOutcome.Refused(CallOutcome.Problem.PBX_REFUSED, "number busy"));
        settle();
        assertEquals(new InlineStatus("Not done: number busy", Tone.ERROR), screen.status());
    }

    @Test
    void aConsultativeTransferSwitchesEnterToCompleteAndBack() {
        calls.publish(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567"));
        calls.autoAnswer = new CallOutcome.Done();
        connect();
        type("karin");

        presenter.perform(ReceptionAction.TRANSFER_CONSULTATIVE, 10);
        settle();
        assertEquals(ReceptionMode.CONSULTING, presenter.mode());
        assertTrue(screen.legend.contains("Enter complete transfer"), screen.legend);
        assertEquals(Optional.of(ReceptionAction.COMPLETE_TRANSFER),
                presenter.actionFor(KeyPress.of(KeyPress.Key.ENTER)));

        presenter.perform(ReceptionAction.COMPLETE_TRANSFER, 10);
        settle();
        assertEquals("complete", calls.last().name());
        assertEquals("Transferred to Karin Berg.", screen.status().text());
        assertEquals(ReceptionMode.BROWSING, presenter.mode());
        assertEquals("No call at the desk", screen.call.text());
    }

    @Test
    void withoutACallTheTransferSaysSoAndSendsNothing() {
        connect();
        type("anna");
        presenter.perform(ReceptionAction.TRANSFER_BLIND, 10);
        assertEquals("There is no call to transfer.", screen.status().text());
        assertTrue(calls.commands.isEmpty());
    }

    @Test
    void theKeypadSixMovesToWhoElseCanHelpAndActionsThenGoToTheHelper() {
        calls.publish(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567"));
        directory.setHelpers("anders", List.of(new Substitute(karin, directory.presenceOf("karin").orElseThrow(),
                Substitute.Relation.SUBSTITUTE, "")));
        connect();
        type("anders");

        presenter.perform(ReceptionAction.FOCUS_HELPERS, 10);
        assertEquals(Boolean.TRUE, screen.helpersFocused);
        assertEquals(0, screen.selectedHelper);
        presenter.perform(ReceptionAction.TRANSFER_BLIND, 10);

        assertEquals("2003", calls.last().request().target());
        assertEquals(Optional.of("karin"), calls.last().request().personId());

        presenter.perform(ReceptionAction.CLEAR_SEARCH, 10);
        assertEquals(Boolean.FALSE, screen.helpersFocused, "Escape goes back to the results first");
        assertEquals(Optional.of(anders), presenter.target());
    }

    @Test
    void takeAMessage_prefilledFromTheCall_andAFailedSendKeepsTheKeySoARetryIsNotADuplicate() {
        calls.publish(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567"));
        connect();
        type("anders");

        presenter.perform(ReceptionAction.TAKE_MESSAGE, 10);
        MessageForm form = screen.form.orElseThrow();
        assertEquals("+46701234567", form.callerNumber());
        assertEquals(ReceptionMode.MESSAGE_FORM, presenter.mode());
        assertTrue(screen.legend.contains("Ctrl+Enter send"), screen.legend);

        presenter.messageEdited("Carl", "+46701234567", "Ring mig om fakturan", true);
        presenter.perform(ReceptionAction.SEND_MESSAGE, 10);
        reception.futures.get(0).completeExceptionally(
                new StoreUnavailableException(StoreUnavailableException.Reason.DISK_FULL, "full"));
        settle();
        assertEquals(Tone.ERROR, screen.status().tone());
        assertTrue(screen.form.isPresent(), "the form stays open");

        presenter.perform(ReceptionAction.SEND_MESSAGE, 10);
        reception.futures.get(1).complete(new MessageId(7));
        settle();

        assertEquals(2, reception.taken.size());
        assertEquals(reception.taken.get(0).clientKey(), reception.taken.get(1).clientKey());
        assertEquals("anders", reception.taken.get(1).personId());
        assertEquals("Message for Anders Öström saved; it is being sent by email.", screen.status().text());
        assertEquals(Optional.empty(), screen.form);
        assertEquals(ReceptionMode.BROWSING, presenter.mode());
    }

    @Test
    void aBlankMessageIsNotSent() {
        connect();
        type("anders");
        presenter.perform(ReceptionAction.TAKE_MESSAGE, 10);
        presenter.perform(ReceptionAction.SEND_MESSAGE, 10);
        assertEquals("Write the message first.", screen.status().text());
        assertTrue(reception.taken.isEmpty());
    }

    @Test
    void escapeClearsTheSearch() {
        connect();
        type("anders");
        presenter.perform(ReceptionAction.CLEAR_SEARCH, 10);
        settle();
        assertEquals(1, screen.searchCleared);
        assertEquals("", presenter.filter().text());
        assertEquals(253, screen.result.total());
    }

    @Test
    void aFailingDirectoryShowsTheReasonInTheFooterAndTheNextKeystrokeRecovers() {
        connect();
        directory.failNextSearch = new IllegalStateException("directory is reloading");
        type("kar");
        assertEquals("The directory could not answer: directory is reloading", screen.footer);
        type("kari");
        assertEquals(1, screen.result.total());
    }

    @Test
    void theDepartmentsAreListedOnceEachForTheFilter() {
        connect();
        assertEquals(List.of("Försäljning", "Kundtjänst", "Lager"), screen.departments);
        presenter.departmentChanged("Försäljning");
        settle();
        assertEquals(2, screen.result.total());
    }

    @Test
    void disposingEndsTheSubscriptions() {
        connect();
        assertEquals(1, directory.subscribers());
        presenter.dispose();
        assertEquals(0, directory.subscribers());
    }
}
