package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.internal.presence.PresenceScenario.at;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/** Bad input is rejected or normalised with a clear message, and the engine keeps running. */
class HostileInputTest {

    private final PresenceScenario office = PresenceScenario.office();

    @Test
    void unknownPersonIdsAreIgnoredBySourcesAndRejectedForOwnActions() {
        assertEquals(ReportOutcome.UNKNOWN_PERSON, office.report("ghost", PresenceSourceKind.PBX,
                PresenceState.ON_CALL, NONE));
        assertEquals(ReportOutcome.UNKNOWN_PERSON, office.engine.replaceCalendar("ghost", List.of()));
        assertEquals(ReportOutcome.UNKNOWN_PERSON, office.engine.startWrapUp("ghost", MediaType.VOICE));
        assertEquals(ReportOutcome.UNKNOWN_PERSON, office.engine.connectionLost("ghost"));
        assertEquals(ReportOutcome.UNKNOWN_PERSON, office.engine.withdraw(null, PresenceSourceKind.PBX));
        assertTrue(office.engine.effectivePresence("ghost").isEmpty());
        assertTrue(office.engine.person(null).isEmpty());
        assertMessage("unknown person 'ghost'",
                () -> office.engine.setManual("ghost", PresenceRequest.of(AVAILABLE)));
        assertTrue(new DeskPresenceService(office.engine, "karin").presenceOf("ghost").isEmpty());
    }

    @Test
    void hostileIdsAreShownSafelyInMessages() {
        assertMessage("unknown person 'evil?id'",
                () -> office.engine.setManual("evil\nid", PresenceRequest.of(AVAILABLE)));
        assertMessage("unknown person '" + "x".repeat(60) + "...'",
                () -> office.engine.setSubstitutes("x".repeat(5000), List.of()));
        assertMessage("substitute '" + "y".repeat(60) + "...' of karin is not in the directory",
                () -> office.engine.setSubstitutes("karin", List.of("y".repeat(5000))));
    }

    @Test
    void searchTextOfOnlyForeignDigitsMatchesNobodyRatherThanEverybody() {
        assertEquals(0, office.engine.search(PersonQuery.text("\u0661\u0662")).total());
        assertEquals(3, office.engine.search(PersonQuery.text("--")).total(), "no letters: browse everyone");
    }

    @Test
    void aDeskWhosePersonIsNotInTheDirectorySaysSo() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new DeskPresenceService(office.engine, "ghost").myPresence());
        assertEquals("the signed-in person 'ghost' is not in the directory", error.getMessage());
    }

    @Test
    void anUntilTimeInThePastIsRejectedAndNothingChanges() {
        office.now("10:00");
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertMessage("until 2026-11-16T09:00:00Z is not after now (2026-11-16T10:00:00Z); choose a later time",
                () -> office.setManual("karin", AWAY, PresenceReason.LUNCH, "09:00", AVAILABLE));
        assertMessage("until 2026-11-16T10:00:00Z is not after now (2026-11-16T10:00:00Z); choose a later time",
                () -> office.setManual("karin", AWAY, PresenceReason.LUNCH, "10:00", AVAILABLE));
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void aNextStateEqualToItselfIsRejected() {
        assertMessage("next state must differ from the state it follows, got BUSY then BUSY",
                () -> new PresenceRequest(BUSY, PresenceReason.MEETING, at("10:00"), BUSY));
        assertMessage("next state must differ from the state it follows, got AWAY then AWAY",
                () -> new PresenceReport("karin", PresenceSourceKind.CALENDAR, AWAY, NONE, at("09:00"), at("10:00"),
                        AWAY, at("08:00")));
    }

    @Test
    void impossibleRequestsAreRejected() {
        assertMessage("state ON_CALL is a system state and cannot be chosen",
                () -> PresenceRequest.of(PresenceState.ON_CALL));
        assertMessage("next state WRAP_UP is a system state and cannot be chosen",
                () -> new PresenceRequest(BUSY, NONE, at("10:00"), PresenceState.WRAP_UP));
        assertMessage("AVAILABLE takes no reason, got LUNCH",
                () -> new PresenceRequest(AVAILABLE, PresenceReason.LUNCH, null, null));
        assertMessage("a next state (AVAILABLE) needs an until time",
                () -> new PresenceRequest(BUSY, NONE, null, AVAILABLE));
        assertMessage("AVAILABLE with an until time needs a next state",
                () -> new PresenceRequest(AVAILABLE, NONE, at("10:00"), null));
        assertMessage("NOT_RESPONDING is set by the system, not chosen",
                () -> new PresenceRequest(AWAY, PresenceReason.NOT_RESPONDING, null, null));
    }

    @Test
    void impossibleReportsAreRejectedByTheRecordOrTheEngine() {
        assertMessage("only the PBX can report ON_CALL, not CHAT_SERVER", () -> PresenceReport.of("karin",
                PresenceSourceKind.CHAT_SERVER, PresenceState.ON_CALL, NONE, at("08:00")));
        assertMessage("WRAP_UP is derived by the engine and cannot be reported", () -> PresenceReport.of("karin",
                PresenceSourceKind.PBX, PresenceState.WRAP_UP, NONE, at("08:00")));
        assertMessage("until 2026-11-16T08:00:00Z must be after from 2026-11-16T09:00:00Z",
                () -> new PresenceReport("karin", PresenceSourceKind.CALENDAR, BUSY, NONE, at("09:00"), at("08:00"),
                        null, at("08:00")));
        assertEquals(ReportOutcome.REJECTED, office.report("karin", PresenceSourceKind.SYSTEM, AWAY, NONE));
        assertEquals(ReportOutcome.REJECTED, office.report("karin", PresenceSourceKind.CALENDAR, AWAY, NONE));
        assertEquals(ReportOutcome.REJECTED, office.engine.accept(null));
        assertEquals(ReportOutcome.REJECTED, office.engine.replaceCalendar("karin", null));
    }

    @Test
    void anOutOfOrderReportIsIgnored() {
        office.now("09:00");
        office.report("karin", PresenceSourceKind.PBX, PresenceState.ON_CALL, NONE);
        PresenceReport older = PresenceReport.of("karin", PresenceSourceKind.PBX, AVAILABLE, NONE, at("08:59"));
        assertEquals(ReportOutcome.OUT_OF_ORDER, office.engine.accept(older));
        assertEquals(PresenceState.ON_CALL, office.presence("karin").state());
    }

    @Test
    void aConfirmationFromTheFutureCountsAsConfirmedNow() {
        PresenceReport fromTheFuture = new PresenceReport("karin", PresenceSourceKind.PBX, PresenceState.ON_CALL,
                NONE, at("08:00"), null, null, at("20:00"));
        assertEquals(ReportOutcome.ACCEPTED, office.engine.accept(fromTheFuture));
        assertEquals(at("08:00"), office.presence("karin").confirmedAt());
        office.advance(Duration.ofMinutes(11));
        assertEquals(PresenceState.OFFLINE, office.presence("karin").state(), "went stale as usual");
    }

    @Test
    void badCalendarEntriesAreDroppedAndTheGoodOnesKept() {
        List<PresenceReport> entries = new ArrayList<>(Arrays.asList(
                null,
                office.entry("anders", "08:00", "09:00", BUSY, PresenceReason.MEETING, null),
                PresenceReport.of("karin", PresenceSourceKind.CALENDAR, AWAY, PresenceReason.COURSE, at("08:00")),
                office.entry("karin", "08:00", "09:00", BUSY, PresenceReason.TRAINING, null)));
        assertEquals(ReportOutcome.ACCEPTED, office.engine.replaceCalendar("karin", entries));
        assertEquals(PresenceReason.TRAINING, office.presence("karin").reason());
    }

    @Test
    void duplicateAndEmptyDirectoryEntriesAreSkippedWithAReason() {
        DirectoryLoadReport report = office.engine.replaceDirectory(Arrays.asList(
                Person.of("karin", "Karin Berg", "Kundtjänst", "1201"),
                null,
                Person.of("karin", "Karin Bergman", "Ekonomi", "1299")));
        assertEquals(1, report.loaded());
        assertEquals(List.of("entry 2 is empty; skipped",
                "entry 3 repeats person id 'karin' (Karin Bergman); kept the first, skipped this one"),
                report.problems());
        assertEquals("Karin Berg", office.engine.person("karin").orElseThrow().displayName());
    }

    @Test
    void nullBlankAndOverlongFieldsAreRejected() {
        assertMessage("display name of k1 must not be null", () -> Person.of("k1", null, "", ""));
        assertMessage("display name of k1 must not be blank", () -> Person.of("k1", "   ", "", ""));
        assertMessage("person id must not be blank", () -> Person.of(" ", "Karin", "", ""));
        assertMessage("person id must not contain whitespace: 'k 1'", () -> Person.of("k 1", "Karin", "", ""));
        assertMessage("display name of k1 is 121 characters long; at most 120 are allowed",
                () -> Person.of("k1", "K".repeat(121), "", ""));
        assertMessage("person id is 129 characters long; at most 128 are allowed",
                () -> Person.of("k".repeat(129), "Karin", "", ""));
        assertMessage("display name of k1 must not contain control characters or line breaks",
                () -> Person.of("k1", "Karin\nBerg", "", ""));
        assertMessage("extension of k1 is not a valid number: '12a4'", () -> Person.of("k1", "Karin", "", "12a4"));
        assertMessage("search text is 101 characters long; at most 100 are allowed",
                () -> PersonQuery.text("a".repeat(101)));
        assertMessage("limit must be 1 to 500, got 0", () -> new PersonQuery("", "", false, 0, 0));
    }

    @Test
    void personFieldsAreNormalised() {
        Person karin = new Person(" karin ", "  Karin   Berg ", null, null, "12-01", "+46 (70) 123 45 67",
                "Karin.Berg@Example.SE", List.of("Växel", "växel", "Faktura"));
        assertEquals("karin", karin.id());
        assertEquals("Karin Berg", karin.displayName());
        assertEquals("", karin.department());
        assertEquals("1201", karin.extension());
        assertEquals("+46701234567", karin.mobile());
        assertEquals("karin.berg@example.se", karin.email());
        assertEquals(List.of("Växel", "Faktura"), karin.groups());
    }

    @Test
    void substitutesThatPointToThemselvesOrNowhereAreRejectedAndDuplicatesDropped() {
        assertMessage("karin cannot be their own substitute",
                () -> office.engine.setSubstitutes("karin", List.of("anders", "karin")));
        assertMessage("substitute 'ghost' of karin is not in the directory",
                () -> office.engine.setSubstitutes("karin", List.of("ghost")));
        assertMessage("a substitute id of karin is blank",
                () -> office.engine.setSubstitutes("karin", Arrays.asList("anders", null)));
        assertTrue(office.presence("karin").substitutes().isEmpty(), "a rejected list changes nothing");
        office.engine.setSubstitutes("karin", List.of("anders", "ake", "anders"));
        assertEquals(List.of("anders", "ake"), office.presence("karin").substitutes());
    }

    @Test
    void substitutesOfPeopleWhoLeaveTheDirectoryAreDroppedWithAReason() {
        office.engine.setSubstitutes("karin", List.of("anders", "ake"));
        DirectoryLoadReport report = office.engine.replaceDirectory(List.of(
                Person.of("karin", "Karin Berg", "Kundtjänst", "1201"),
                Person.of("ake", "Åke Öström", "Ekonomi", "1301")));
        assertEquals(List.of("substitute anders of karin left the directory; dropped"), report.problems());
        assertEquals(List.of("ake"), office.presence("karin").substitutes());
    }

    @Test
    void aFailingListenerDoesNotStopOtherListenersOrTheEngine() {
        List<EffectivePresenceChange> seen = new ArrayList<>();
        office.engine.addListener(change -> {
            throw new IllegalStateException("listener bug");
        });
        office.engine.addListener(seen::add);
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertEquals(1, seen.size());
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void invalidSettingsAreRejected() {
        PresenceSettings defaults = PresenceSettings.defaults();
        assertMessage("disconnect grace must not be negative: PT-1S", () -> new PresenceSettings(Map.of(),
                Duration.ofSeconds(-1), defaults.freshnessLimits(), 3, defaults.directoryLocale()));
        assertMessage("wrap-up time of VOICE must not be negative: PT-1S",
                () -> defaults.withWrapUpTime(MediaType.VOICE, Duration.ofSeconds(-1)));
    }

    private static void assertMessage(String expected, Executable executable) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, executable);
        assertEquals(expected, error.getMessage());
    }
}
