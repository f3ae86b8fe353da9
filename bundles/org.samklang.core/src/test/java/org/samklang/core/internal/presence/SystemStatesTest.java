package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceSourceKind.PBX;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.api.model.PresenceState.DISCONNECTED;
import static org.samklang.core.api.model.PresenceState.ON_CALL;
import static org.samklang.core.api.model.PresenceState.WRAP_UP;
import static org.samklang.core.internal.presence.PresenceScenario.at;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;

/** On-call, wrap-up, disconnected and not-responding: the states only the engine sets. */
class SystemStatesTest {

    private final PresenceScenario office = PresenceScenario.office();

    @Test
    void aCallThenWrapUpThenBackToAvailableByItself() {
        // given Karin is available and takes a call
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.report("karin", PBX, ON_CALL, NONE);
        // when the call ends and wrap-up starts
        office.now("08:05");
        office.report("karin", PBX, AVAILABLE, NONE);
        office.engine.startWrapUp("karin", MediaType.VOICE);
        // then she is in wrap-up for the default 30 s, not routable, and knows what comes next
        Presence karin = office.presence("karin");
        assertEquals(WRAP_UP, karin.state());
        assertFalse(karin.routable());
        assertEquals(at("08:05").plusSeconds(30), karin.until());
        assertEquals(AVAILABLE, karin.next());
        // when the wrap-up time passes
        office.advance(Duration.ofSeconds(30));
        // then the previous routable state returns, and every step was emitted
        assertTrue(office.presence("karin").routable());
        assertEquals(List.of(AVAILABLE, ON_CALL, WRAP_UP, AVAILABLE),
                office.changesOf("karin").stream().map(c -> c.after().state()).toList());
    }

    @Test
    void aCallEndingWhileRoutableStartsWrapUpInTheSameStepWithoutARoutableGap() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.report("karin", PBX, ON_CALL, NONE);
        office.report("karin", PBX, AVAILABLE, NONE);
        assertEquals(WRAP_UP, office.presence("karin").state());
        assertEquals(List.of(AVAILABLE, ON_CALL, WRAP_UP),
                office.changesOf("karin").stream().map(c -> c.after().state()).toList());
    }

    @Test
    void aCallEndingForSomeoneNotRoutableLeavesTheirStateAsItWas() {
        office.setManual("ake", BUSY, PresenceReason.MEETING, null, null);
        office.report("ake", PBX, ON_CALL, NONE);
        office.report("ake", PBX, AVAILABLE, NONE);
        assertEquals(BUSY, office.presence("ake").state());
    }

    @Test
    void wrapUpTimeIsConfigurablePerMediaType() {
        PresenceScenario desk = new PresenceScenario(PresenceSettings.defaults()
                .withWrapUpTime(MediaType.EMAIL, Duration.ofMinutes(2))
                .withWrapUpTime(MediaType.CHAT, Duration.ZERO));
        desk.engine.replaceDirectory(List.of(Person.of("mia", "Mia Karlsson", "Chatt", "1401")));
        desk.setManual("mia", AVAILABLE, NONE, null, null);
        desk.engine.startWrapUp("mia", MediaType.CHAT);
        assertEquals(AVAILABLE, desk.presence("mia").state(), "zero wrap-up time means no wrap-up");
        desk.engine.startWrapUp("mia", MediaType.EMAIL);
        desk.advance(Duration.ofSeconds(119));
        assertEquals(WRAP_UP, desk.presence("mia").state());
        desk.advance(Duration.ofSeconds(1));
        assertEquals(AVAILABLE, desk.presence("mia").state());
    }

    @Test
    void aSecondContactEndingDuringWrapUpExtendsIt() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.startWrapUp("karin", MediaType.CHAT);
        office.advance(Duration.ofSeconds(20));
        office.engine.startWrapUp("karin", MediaType.CHAT);
        office.advance(Duration.ofSeconds(20));
        assertEquals(WRAP_UP, office.presence("karin").state());
        assertEquals(at("08:00"), office.presence("karin").since(), "one wrap-up, extended");
        office.advance(Duration.ofSeconds(10));
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void endingWrapUpEarlyReturnsAtOnce() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.startWrapUp("karin", MediaType.VOICE);
        office.engine.endWrapUp("karin");
        assertEquals(AVAILABLE, office.presence("karin").state());
    }

    @Test
    void aNotReadyStateChosenDuringWrapUpAppliesWhenWrapUpEnds() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.startWrapUp("karin", MediaType.VOICE);
        office.setManual("karin", AWAY, PresenceReason.BREAK, null, null);
        assertEquals(WRAP_UP, office.presence("karin").state());
        office.advance(Duration.ofSeconds(30));
        assertEquals(AWAY, office.presence("karin").state());
        assertEquals(PresenceReason.BREAK, office.presence("karin").reason());
    }

    @Test
    void aReconnectWithinTheGracePeriodLeavesTheStateUntouched() {
        // given Karin is available
        office.setManual("karin", AVAILABLE, NONE, null, null);
        Presence before = office.presence("karin");
        int changesBefore = office.changes.size();
        // when her connection drops for 59 s and comes back
        office.engine.connectionLost("karin");
        office.advance(Duration.ofSeconds(59));
        assertEquals(AVAILABLE, office.presence("karin").state());
        office.engine.connectionRestored("karin");
        office.advance(Duration.ofSeconds(5));
        // then nothing visible happened: same presence, no change emitted
        assertTrue(office.presence("karin").sameMeaningAs(before));
        assertEquals(changesBefore, office.changes.size());
    }

    @Test
    void theGracePeriodDefaultsToSixtySecondsAndThenShowsDisconnected() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.connectionLost("karin");
        assertEquals(at("08:01"), office.engine.nextDueInstant().orElseThrow());
        office.advance(Duration.ofSeconds(60));
        assertEquals(DISCONNECTED, office.presence("karin").state());
        assertFalse(office.presence("karin").routable());
        assertEquals(DISCONNECTED, office.changesOf("karin").getLast().after().state());
    }

    @Test
    void aReconnectAfterTheGracePeriodNeedsReadyAgainIfTheAgentWasRoutable() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        office.engine.connectionLost("karin");
        office.advance(Duration.ofMinutes(5));
        office.engine.connectionRestored("karin");
        Presence karin = office.presence("karin");
        assertEquals(AWAY, karin.state());
        assertEquals(PresenceReason.CONNECTION_LOST, karin.reason());
        assertFalse(karin.routable());
    }

    @Test
    void aReconnectAfterTheGracePeriodRestoresANonRoutableStateAsItWas() {
        office.setManual("anders", BUSY, PresenceReason.MEETING, "12:00", AVAILABLE);
        office.engine.connectionLost("anders");
        office.advance(Duration.ofMinutes(5));
        assertEquals(DISCONNECTED, office.presence("anders").state());
        office.engine.connectionRestored("anders");
        assertEquals(BUSY, office.presence("anders").state());
        assertEquals(at("12:00"), office.presence("anders").until());
    }

    @Test
    void aSecondConnectionLossReportKeepsTheFirstInstant() {
        office.engine.connectionLost("karin");
        office.advance(Duration.ofSeconds(40));
        office.engine.connectionLost("karin");
        office.advance(Duration.ofSeconds(20));
        assertEquals(DISCONNECTED, office.presence("karin").state());
    }

    @Test
    void aTimedOutOfferMakesTheAgentNotRespondingUntilTheyChooseAgain() {
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertEquals(ReportOutcome.ACCEPTED, office.engine.markNotResponding("karin"));
        Presence karin = office.presence("karin");
        assertEquals(AWAY, karin.state());
        assertEquals(PresenceReason.NOT_RESPONDING, karin.reason());
        assertFalse(karin.routable());
        office.setManual("karin", AVAILABLE, NONE, null, null);
        assertTrue(office.presence("karin").routable());
    }
}
