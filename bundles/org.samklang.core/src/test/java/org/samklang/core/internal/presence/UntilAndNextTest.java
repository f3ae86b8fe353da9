package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samklang.core.api.model.PresenceReason.LUNCH;
import static org.samklang.core.api.model.PresenceReason.MEETING;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.api.model.PresenceState.OFFLINE;
import static org.samklang.core.internal.presence.PresenceScenario.at;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;

/** "When is someone back?": until and next, and the next state applying by itself when until passes. */
class UntilAndNextTest {

    private final PresenceScenario office = PresenceScenario.office();

    @Test
    void lunchUntilOneThenAvailableAppliesByItselfWhenTheClockPasses() {
        // given Anders goes to lunch until 13:00, then available
        office.now("12:00");
        office.setManual("anders", AWAY, LUNCH, "13:00", AVAILABLE);
        Presence atLunch = office.presence("anders");
        assertEquals(at("13:00"), atLunch.until());
        assertEquals(AVAILABLE, atLunch.next());
        // when the clock reaches 13:00 (the engine is ticked, nobody sets anything)
        assertEquals(at("13:00"), office.engine.nextDueInstant().orElseThrow());
        office.now("13:00");
        // then he is available, routable, since 13:00, and a change was emitted at 13:00
        Presence back = office.presence("anders");
        assertEquals(AVAILABLE, back.state());
        assertTrue(back.routable());
        assertEquals(at("13:00"), back.since());
        assertNull(back.until());
        EffectivePresenceChange last = office.changesOf("anders").getLast();
        assertEquals(AWAY, last.before().state());
        assertEquals(AVAILABLE, last.after().state());
        assertEquals(at("13:00"), last.at());
    }

    @Test
    void aNotAvailableStateWithUntilAndNoNextStateIsFollowedByAvailable() {
        Presence presence = office.setManual("anders", BUSY, MEETING, "09:00", null);
        assertEquals(AVAILABLE, presence.next());
    }

    @Test
    void aCalendarEntryGivesReasonUntilAndNext() {
        office.calendar("ake", "08:00", "10:00", BUSY, MEETING, AWAY);
        Presence ake = office.presence("ake");
        assertEquals(MEETING, ake.reason());
        assertEquals(at("10:00"), ake.until());
        assertEquals(AWAY, ake.next());
        office.now("10:00");
        assertEquals(AWAY, office.presence("ake").state());
        assertEquals(PresenceSourceKind.CALENDAR, office.presence("ake").source());
    }

    @Test
    void anAvailablePersonShowsWhenTheirNextMeetingBegins() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.calendar("karin", "14:00", "15:00", BUSY, MEETING, null);
        Presence karin = office.presence("karin");
        assertEquals(AVAILABLE, karin.state());
        assertEquals(at("14:00"), karin.until());
        assertEquals(BUSY, karin.next());
        assertEquals(MEETING, karin.nextReason());
    }

    @Test
    void backToBackMeetingsShowTheEndOfTheLastOne() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.replaceCalendar("karin", List.of(
                office.entry("karin", "09:00", "10:00", BUSY, MEETING, null),
                office.entry("karin", "10:00", "11:00", BUSY, MEETING, null)));
        office.now("09:30");
        assertEquals(at("11:00"), office.presence("karin").until());
        assertEquals(AVAILABLE, office.presence("karin").next());
    }

    @Test
    void theEffectivePresenceCanBeComputedForAnyInstant() {
        office.setManual("anders", AWAY, LUNCH, "13:00", AVAILABLE);
        assertEquals(AWAY, office.engine.effectivePresenceAt("anders", at("12:59")).orElseThrow().state());
        assertEquals(AVAILABLE, office.engine.effectivePresenceAt("anders", at("13:00")).orElseThrow().state());
        assertEquals(AWAY, office.presence("anders").state(), "asking about the future changes nothing now");
    }

    @Test
    void offlineUntilTomorrowMorningThenAvailable() {
        office.now("17:00");
        office.engine.setManual("karin", new PresenceRequest(OFFLINE, NONE,
                at("17:00").plusSeconds(15 * 3600), AVAILABLE));
        assertEquals(OFFLINE, office.presence("karin").state());
        office.clock.set(at("17:00").plusSeconds(15 * 3600));
        office.engine.tick();
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void aTickWithNothingDueEmitsNothing() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        int before = office.changes.size();
        office.now("09:00");
        office.now("10:00");
        assertEquals(before, office.changes.size());
        assertTrue(office.engine.nextDueInstant().isEmpty());
    }
}
