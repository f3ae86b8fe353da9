package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.PresenceView;

class PresenceTextsTest {

    static final Instant TWO_PM = Instant.parse("2025-11-14T13:00:00Z");
    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final PresenceTexts texts = new PresenceTexts(english,
            new TimeTexts(Clock.fixed(TestData.NOW, ZoneId.of("Europe/Stockholm")), english));

    @Test
    void aColleagueInAMeetingSaysUntilWhenAndWhomToAsk() {
        PresenceView anders = presence("anders", PresenceState.BUSY, PresenceReason.MEETING, TWO_PM,
                List.of("karin")).publicView();
        assertEquals("Meeting → 14:00 (ask Karin)", texts.colleague(anders, Optional.of("Karin")));
    }

    @Test
    void anAvailableColleagueNeedsNoSubstitute() {
        PresenceView karin = presence("karin", PresenceState.AVAILABLE, PresenceReason.NONE, null, List.of("anders"))
                .publicView();
        assertEquals("Available", texts.colleague(karin, Optional.of("Anders")));
        assertEquals(Tone.GOOD, PresenceTexts.tone(karin.state()));
        assertEquals("\u25CF", PresenceTexts.dot(karin.state()));
    }

    @Test
    void aPrivateReasonIsShownToOthersOnlyAsUnavailable() {
        Presence sick = presence("eva", PresenceState.AWAY, PresenceReason.SICK, null, List.of());
        assertEquals("Unavailable", texts.colleague(sick.publicView(), Optional.empty()));
        assertEquals("Away · Sick", texts.mine(sick));
    }

    @Test
    void myOwnStateNamesItsSourceWhenIDidNotChooseIt() {
        Presence call = new Presence("me", PresenceState.ON_CALL, false, PresenceReason.NONE, null, null,
                PresenceReason.NONE, List.of(), PresenceSourceKind.PBX, TestData.NOW, TestData.NOW);
        assertEquals("On a call (from the phone)", texts.mine(call));
    }

    @Test
    void theStateRowOffersOnlyChoosableStatesAndReasons() {
        assertEquals(List.of("Available", "Busy", "Away", "Offline"),
                List.of(MyStateChoices.stateNames(texts, PresenceState.OFFLINE)));
        assertEquals("Meeting", MyStateChoices.reasonNames(texts)[1]);
        assertEquals(new PresenceRequest(PresenceState.AWAY, PresenceReason.LUNCH, null, null),
                MyStateChoices.request(2, MyStateChoices.REASONS.indexOf(PresenceReason.LUNCH)));
        assertEquals(PresenceRequest.of(PresenceState.AVAILABLE), MyStateChoices.request(0, 1),
                "available never carries a reason");
        assertTrue(MyStateChoices.stateIndex(PresenceState.ON_CALL).isEmpty(), "a system state is not a choice");
        assertEquals(0, MyStateChoices.reasonIndex(PresenceReason.NOT_RESPONDING));
        assertThrows(IndexOutOfBoundsException.class, () -> MyStateChoices.request(5, 0));
    }

    @Test
    void anOfflineDeskShowsOfflineInTheStateCombo() {
        assertEquals(3, MyStateChoices.stateIndex(PresenceState.OFFLINE).orElse(-1),
                "the combo names the state in force; an empty combo says nothing");
        assertEquals(PresenceRequest.of(PresenceState.OFFLINE), MyStateChoices.request(3, 0), "signing off");
    }

    @Test
    void aSystemStateIsShownAfterTheChoicesWhileItHoldsButCannotBeChosen() {
        assertEquals(List.of("Available", "Busy", "Away", "Offline", "On a call"),
                List.of(MyStateChoices.stateNames(texts, PresenceState.ON_CALL)));
        assertEquals(4, MyStateChoices.shown(PresenceState.ON_CALL).indexOf(PresenceState.ON_CALL));
        assertTrue(MyStateChoices.choosable(3));
        assertTrue(!MyStateChoices.choosable(4), "on a call is the phone's, not a choice");
    }

    @Test
    void colleaguesAreListedWithoutMeAndWithTheirFirstSubstitutesName() {
        FakePresenceService service = new FakePresenceService();
        service.people.add(hit("anders", "Anders", presence("anders", PresenceState.BUSY, PresenceReason.MEETING,
                TWO_PM, List.of("karin"))));
        service.people.add(hit("karin", "Karin", presence("karin", PresenceState.AVAILABLE, PresenceReason.NONE,
                null, List.of())));
        service.people.add(hit("me", "Mikael", presence("me", PresenceState.AVAILABLE, PresenceReason.NONE, null,
                List.of())));

        ColleagueList list = ColleagueList.load(service, "", "me", texts, english);

        assertEquals(List.of("Anders: Meeting → 14:00 (ask Karin)", "Karin: Available"), list.rows().stream()
                .map(row -> row.name() + ": " + row.status()).toList());
        assertEquals("2 of 3 people", list.footer());
        assertEquals(ColleagueList.SHOWN + 1, service.queries.get(0).limit());
        assertEquals("Nobody found", ColleagueList.load(service, "zz", "me", texts, english).footer());
    }

    private static PersonSearchHit hit(String id, String name, Presence presence) {
        return new PersonSearchHit(Person.of(id, name, "Kundtjänst", "1234"), presence.publicView());
    }

    static Presence presence(String id, PresenceState state, PresenceReason reason, Instant until,
            List<String> substitutes) {
        return new Presence(id, state, state == PresenceState.AVAILABLE, reason, until,
                until == null ? null : PresenceState.AVAILABLE, PresenceReason.NONE, substitutes,
                PresenceSourceKind.MANUAL, TestData.NOW, TestData.NOW);
    }
}
