package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.api.model.PresenceState.OFFLINE;
import static org.samklang.core.api.model.PresenceState.ON_CALL;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/**
 * Reports are kept per source: two PBXes do not overwrite each other, a heartbeat confirms only its own source's
 * reports, and a source that goes away takes exactly what it said with it, so a PBX that is gone no longer leaves
 * people "on a call".
 */
class PresenceBySourceTest {

    private final PresenceScenario office = PresenceScenario.office();
    private final PresenceEngine engine = office.engine;

    @Test
    void givenAPbxThatReportedACall_whenThePbxGoesAway_thenThePersonIsNoLongerOnACall() {
        report("pbx#1", "karin", PresenceSourceKind.PBX, ON_CALL);
        report("chat#2", "karin", PresenceSourceKind.CHAT_SERVER, AVAILABLE);
        assertEquals(ON_CALL, office.presence("karin").state());

        assertEquals(1, engine.withdrawSource("pbx#1"));

        assertEquals(AVAILABLE, office.presence("karin").state());
        assertEquals(PresenceSourceKind.CHAT_SERVER, office.presence("karin").source());
    }

    @Test
    void givenTwoPbxes_whenOneReportsACallAndTheOtherAnIdlePhone_thenTheCallCountsUntilItsPbxGoesAway() {
        report("pbx-a#1", "karin", PresenceSourceKind.PBX, ON_CALL);
        office.clock.advance(Duration.ofSeconds(10));
        report("pbx-b#2", "karin", PresenceSourceKind.PBX, AWAY);

        assertEquals(ON_CALL, office.presence("karin").state(), "the second PBX did not overwrite the first");
        engine.withdrawSource("pbx-a#1");
        assertEquals(AWAY, office.presence("karin").state());
        engine.withdrawSource("pbx-b#2");
        assertEquals(OFFLINE, office.presence("karin").state());
    }

    @Test
    void givenTwoCalendars_whenOneSourceGoesAway_thenOnlyItsEntriesAreWithdrawn() {
        engine.replaceCalendar("exchange#1", "anders", List.of(office.entry("anders", "07:00", "09:00", BUSY,
                PresenceReason.MEETING, null)));
        engine.replaceCalendar("hr#2", "anders", List.of(office.entry("anders", "07:30", "17:00", AWAY,
                PresenceReason.VACATION, null)));
        assertEquals(AWAY, office.presence("anders").state(), "the later decision of the two calendars wins");

        engine.withdrawSource("hr#2");

        assertEquals(BUSY, office.presence("anders").state());
    }

    @Test
    void givenTwoChatServers_whenOneKeepsConfirming_thenOnlyTheOtherGoesStale() {
        report("chat-a#1", "ake", PresenceSourceKind.CHAT_SERVER, AWAY);
        office.clock.advance(Duration.ofSeconds(1));
        report("chat-b#2", "ake", PresenceSourceKind.CHAT_SERVER, AVAILABLE);
        assertEquals(AVAILABLE, office.presence("ake").state(), "the newer state of two servers");

        for (int minute = 0; minute < 12; minute++) {
            office.advance(Duration.ofMinutes(1));
            engine.confirmAll("chat-a#1", PresenceSourceKind.CHAT_SERVER);
        }

        assertEquals(AWAY, office.presence("ake").state(), "chat-b did not confirm and went stale");
    }

    @Test
    void givenAManualStateFromASource_whenTheSourceGoesAway_thenItIsWithdrawnButTheDesksOwnChoiceStays() {
        report("teams#1", "karin", PresenceSourceKind.MANUAL, AWAY);
        engine.withdrawSource("teams#1");
        assertEquals(OFFLINE, office.presence("karin").state());

        office.setManual("karin", AVAILABLE, NONE, null, null);
        engine.withdrawSource("teams#1");
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void givenASourceWithdrawingAKind_whenAnotherSourceReportedTheSameKind_thenThatOneStays() {
        report("pbx-a#1", "anders", PresenceSourceKind.PBX, ON_CALL);
        report("pbx-b#2", "anders", PresenceSourceKind.PBX, ON_CALL);

        engine.withdraw("pbx-a#1", "anders", PresenceSourceKind.PBX);

        assertEquals(ON_CALL, office.presence("anders").state());
    }

    private void report(String source, String personId, PresenceSourceKind kind, PresenceState state) {
        engine.accept(source, PresenceReport.of(personId, kind, state, NONE, office.clock.instant()));
    }
}
