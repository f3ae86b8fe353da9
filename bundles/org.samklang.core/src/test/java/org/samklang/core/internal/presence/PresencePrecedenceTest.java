package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samklang.core.api.model.PresenceReason.MEETING;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceSourceKind.CALENDAR;
import static org.samklang.core.api.model.PresenceSourceKind.CHAT_SERVER;
import static org.samklang.core.api.model.PresenceSourceKind.MANUAL;
import static org.samklang.core.api.model.PresenceSourceKind.PBX;
import static org.samklang.core.api.model.PresenceSourceKind.SYSTEM;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.api.model.PresenceState.DISCONNECTED;
import static org.samklang.core.api.model.PresenceState.OFFLINE;
import static org.samklang.core.api.model.PresenceState.ON_CALL;
import static org.samklang.core.api.model.PresenceState.WRAP_UP;
import static org.samklang.core.internal.presence.PresenceScenario.at;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;

/** One or more scenarios for every row of the precedence table, strongest row first. */
class PresencePrecedenceTest {

    private final PresenceScenario office = PresenceScenario.office();

    @Test
    void theTableHasTheDocumentedRowsInOrder() {
        assertEquals(List.of("DISCONNECTED", "PBX_ON_CALL", "WRAP_UP", "CALENDAR_AFTER_MANUAL", "MANUAL",
                "CHAT_SERVER", "PBX_DEVICE", "NO_SOURCE"),
                Arrays.stream(PresencePrecedence.values()).map(Enum::name).toList());
    }

    @Test
    void row1_disconnectedBeatsEvenACallInProgress() {
        // given Karin is on a call
        office.report("karin", PBX, ON_CALL, NONE);
        // when her desktop connection is lost for longer than the grace period
        office.engine.connectionLost("karin");
        office.advance(Duration.ofSeconds(61));
        // then she shows as disconnected, since the moment the connection went
        Presence karin = office.presence("karin");
        assertEquals(DISCONNECTED, karin.state());
        assertEquals(SYSTEM, karin.source());
        assertEquals(at("08:00"), karin.since());
    }

    @Test
    void row2_pbxCallBeatsManualAvailableWhileTheCallLasts() {
        // given Karin chose Available
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertTrue(office.presence("karin").routable());
        // when the PBX reports a call
        office.now("09:00");
        office.report("karin", PBX, ON_CALL, NONE);
        // then she is on a call and not routable
        assertEquals(ON_CALL, office.presence("karin").state());
        assertFalse(office.presence("karin").routable());
        // when the call ends (the phone is idle again) and its wrap-up is over
        office.now("09:07");
        office.report("karin", PBX, AVAILABLE, NONE);
        assertEquals(WRAP_UP, office.presence("karin").state());
        office.advance(PresenceSettings.DEFAULT_WRAP_UP);
        // then her own Available is back, routable again
        Presence karin = office.presence("karin");
        assertEquals(AVAILABLE, karin.state());
        assertEquals(MANUAL, karin.source());
        assertTrue(karin.routable());
    }

    @Test
    void row2_pbxCallBeatsACalendarMeetingThatStartsDuringTheCall() {
        office.calendar("karin", "09:10", "10:00", BUSY, MEETING, null);
        office.now("09:05");
        office.report("karin", PBX, ON_CALL, NONE);
        office.now("09:12");
        assertEquals(ON_CALL, office.presence("karin").state());
    }

    @Test
    void row3_wrapUpBeatsManualAvailableAndACalendarEntryStartingDuringIt() {
        // given Karin said Available at 08:30 and a meeting begins at 09:00
        office.now("08:30");
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.calendar("karin", "09:00", "10:00", BUSY, MEETING, null);
        // when a call handled at 08:59:50 starts 30 s of wrap-up
        office.clock.set(at("09:00").minusSeconds(10));
        office.engine.startWrapUp("karin", MediaType.VOICE);
        office.advance(Duration.ofSeconds(15));
        // then wrap-up beats both, and says what comes next
        Presence karin = office.presence("karin");
        assertEquals(WRAP_UP, karin.state());
        assertEquals(at("09:00").plusSeconds(20), karin.until());
        assertEquals(BUSY, karin.next());
        // and once wrap-up is over the meeting applies
        office.advance(Duration.ofSeconds(30));
        assertEquals(BUSY, office.presence("karin").state());
        assertEquals(MEETING, office.presence("karin").reason());
    }

    @Test
    void row2_aNewCallBeatsWrapUp() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.startWrapUp("karin", MediaType.CHAT);
        office.report("karin", PBX, ON_CALL, NONE);
        assertEquals(ON_CALL, office.presence("karin").state());
    }

    @Test
    void row4_aCalendarMeetingThatStartsAfterTheManualChangeApplies() {
        // given Karin said Available at 08:00 and has a meeting 10:00-11:00
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.calendar("karin", "10:00", "11:00", BUSY, MEETING, null);
        // when the meeting starts
        office.now("10:00");
        // then the calendar decides, with reason and until
        Presence karin = office.presence("karin");
        assertEquals(BUSY, karin.state());
        assertEquals(MEETING, karin.reason());
        assertEquals(CALENDAR, karin.source());
        assertEquals(at("11:00"), karin.until());
        assertEquals(AVAILABLE, karin.next());
        // and when it ends her manual Available is back
        office.now("11:00");
        assertEquals(AVAILABLE, office.presence("karin").state());
        assertEquals(MANUAL, office.presence("karin").source());
    }

    @Test
    void row4_aCalendarEntryAppliesWhenThereIsNoManualStateAtAll() {
        office.calendar("anders", "08:00", "09:00", AWAY, PresenceReason.TRAINING, AVAILABLE);
        assertEquals(AWAY, office.presence("anders").state());
        assertEquals(CALENDAR, office.presence("anders").source());
    }

    @Test
    void row5_aManualChangeBeatsACalendarEntryThatStartedBeforeIt() {
        // given a meeting 10:00-11:00 is running
        office.calendar("karin", "10:00", "11:00", BUSY, MEETING, null);
        office.now("10:00");
        assertEquals(BUSY, office.presence("karin").state());
        // when Karin leaves it early and says Available
        office.now("10:20");
        office.setManual("karin", AVAILABLE, NONE, null, null);
        // then her choice wins
        assertEquals(AVAILABLE, office.presence("karin").state());
        assertEquals(MANUAL, office.presence("karin").source());
    }

    @Test
    void row5_choosingTheSameManualStateAgainDuringAMeetingMakesItWinAgain() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.calendar("karin", "10:00", "11:00", BUSY, MEETING, null);
        office.now("10:05");
        assertEquals(BUSY, office.presence("karin").state());
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void row5_aTieBetweenCalendarStartAndManualChangeGoesToTheManualState() {
        office.now("10:00");
        office.calendar("karin", "10:00", "11:00", BUSY, MEETING, null);
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void row5_theNextStateOfAManualChoiceDoesNotOverrideAMeetingThatStartedLater() {
        // given at 08:00 Karin says "lunch until 12:00, then available", and a meeting runs 11:30-12:30
        office.setManual("karin", AWAY, PresenceReason.LUNCH, "12:00", AVAILABLE);
        office.calendar("karin", "11:30", "12:30", BUSY, MEETING, null);
        // when 12:00 passes, the meeting (decided after her change) still applies until it ends
        office.now("12:10");
        assertEquals(BUSY, office.presence("karin").state());
        office.now("12:30");
        assertEquals(AVAILABLE, office.presence("karin").state());
        assertEquals(at("12:00"), office.presence("karin").since());
    }

    @Test
    void row6_chatServerAwayIsWeakerThanManualAvailable() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.report("karin", CHAT_SERVER, AWAY, NONE);
        assertEquals(AVAILABLE, office.presence("karin").state());
        assertEquals(MANUAL, office.presence("karin").source());
    }

    @Test
    void row6_chatServerDecidesWhenNothingStrongerSaysAnythingButNeverMakesRoutable() {
        office.report("anders", CHAT_SERVER, AWAY, NONE);
        assertEquals(AWAY, office.presence("anders").state());
        assertEquals(CHAT_SERVER, office.presence("anders").source());
        office.report("anders", CHAT_SERVER, AVAILABLE, NONE);
        assertEquals(AVAILABLE, office.presence("anders").state());
        assertFalse(office.presence("anders").routable(), "chat 'online' is not a choice to take queued work");
    }

    @Test
    void row7_anIdlePhoneIsWeakerThanChatServerAway() {
        office.report("anders", PBX, AVAILABLE, NONE);
        office.report("anders", CHAT_SERVER, AWAY, NONE);
        assertEquals(AWAY, office.presence("anders").state());
        assertEquals(CHAT_SERVER, office.presence("anders").source());
    }

    @Test
    void row7_anUnregisteredPhoneAloneShowsOfflineFromThePbx() {
        office.report("anders", PBX, OFFLINE, NONE);
        assertEquals(OFFLINE, office.presence("anders").state());
        assertEquals(PBX, office.presence("anders").source());
    }

    @Test
    void row8_withoutAnyReportAPersonIsOfflineNeverAvailable() {
        Presence ake = office.presence("ake");
        assertEquals(OFFLINE, ake.state());
        assertEquals(SYSTEM, ake.source());
        assertNull(ake.since());
        assertNull(ake.confirmedAt());
    }

    @Test
    void freshness_aPbxCallNotConfirmedWithinTenMinutesStopsCounting() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.report("karin", PBX, ON_CALL, NONE);
        office.advance(Duration.ofMinutes(10));
        assertEquals(ON_CALL, office.presence("karin").state(), "exactly at the limit it still counts");
        office.advance(Duration.ofSeconds(1));
        assertEquals(AVAILABLE, office.presence("karin").state());
        assertEquals(AVAILABLE, office.changesOf("karin").getLast().after().state(), "tick emitted it");
    }

    @Test
    void freshness_aSourceHeartbeatKeepsItsReportsCounting() {
        office.report("karin", PBX, ON_CALL, NONE);
        office.advance(Duration.ofMinutes(9));
        assertEquals(1, office.engine.confirmAll(PBX));
        office.advance(Duration.ofMinutes(9));
        assertEquals(ON_CALL, office.presence("karin").state());
        assertEquals(at("08:09"), office.presence("karin").confirmedAt());
    }

    @Test
    void freshness_staleChatAndCalendarReportsStopCountingButManualNeverGoesStale() {
        office.setManual("karin", BUSY, PresenceReason.TRAINING, null, null);
        office.report("anders", CHAT_SERVER, AWAY, NONE);
        office.engine.replaceCalendar("ake", List.of(new PresenceReport("ake", CALENDAR, BUSY,
                PresenceReason.COURSE, at("08:00"), at("08:00").plus(Duration.ofDays(3)), null, at("08:00"))));
        office.advance(Duration.ofHours(23));
        assertEquals(BUSY, office.presence("ake").state(), "a day-old calendar sync still counts");
        office.advance(Duration.ofHours(1).plusSeconds(1));
        assertEquals(BUSY, office.presence("karin").state());
        assertEquals(OFFLINE, office.presence("anders").state());
        assertEquals(OFFLINE, office.presence("ake").state());
    }

    @Test
    void aReconfirmationWithoutChangeIsNoPresenceChange() {
        office.report("anders", CHAT_SERVER, AWAY, NONE);
        int before = office.changesOf("anders").size();
        office.advance(Duration.ofMinutes(1));
        office.report("anders", CHAT_SERVER, AWAY, NONE);
        assertEquals(before, office.changesOf("anders").size());
    }
}
