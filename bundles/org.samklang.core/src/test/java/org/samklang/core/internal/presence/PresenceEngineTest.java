package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.OFFLINE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;

/** The engine's bookkeeping: directory loads, withdrawals, idempotency and the change stream. */
class PresenceEngineTest {

    private final PresenceScenario office = new PresenceScenario();

    @Test
    void loadingTheDirectoryEmitsEveryNewcomerOnce() {
        office.engine.replaceDirectory(List.of(Person.of("karin", "Karin Berg", "", ""),
                Person.of("ake", "Åke Öström", "", "")));
        assertEquals(2, office.changes.size());
        assertNull(office.changes.get(0).before());
        assertEquals(OFFLINE, office.changes.get(0).after().state());
        office.engine.replaceDirectory(List.of(Person.of("karin", "Karin Berg", "Växel", "")));
        assertEquals(2, office.changes.size(), "Karin stays as she was; nothing to emit");
    }

    @Test
    void peopleWhoStayKeepTheirPresenceAcrossADirectoryReload() {
        PresenceScenario loaded = PresenceScenario.office();
        loaded.setManual("karin", AWAY, PresenceReason.LUNCH, null, null);
        loaded.engine.replaceDirectory(List.of(Person.of("karin", "Karin Berg", "Kundtjänst", "1201")));
        assertEquals(AWAY, loaded.presence("karin").state());
        assertEquals(1, loaded.engine.search(PersonQuery.text("")).total());
    }

    @Test
    void settingTheSameStateAgainChangesNothing() {
        PresenceScenario loaded = PresenceScenario.office();
        loaded.setManual("karin", AVAILABLE, NONE, null, null);
        loaded.clock.advance(Duration.ofMinutes(5));
        loaded.setManual("karin", AVAILABLE, NONE, null, null);
        assertEquals(1, loaded.changesOf("karin").size());
        assertEquals(PresenceScenario.at("08:00"), loaded.presence("karin").since());
    }

    @Test
    void withdrawingASourceFallsBackToTheNextRow() {
        PresenceScenario loaded = PresenceScenario.office();
        loaded.report("anders", PresenceSourceKind.CHAT_SERVER, AWAY, NONE);
        loaded.report("anders", PresenceSourceKind.MANUAL, AVAILABLE, NONE);
        assertEquals(ReportOutcome.ACCEPTED, loaded.engine.withdraw("anders", PresenceSourceKind.MANUAL));
        assertEquals(AWAY, loaded.presence("anders").state());
        assertEquals(PresenceSourceKind.CHAT_SERVER, loaded.presence("anders").source());
        assertEquals(ReportOutcome.REJECTED, loaded.engine.withdraw("anders", PresenceSourceKind.SYSTEM));
    }

    @Test
    void aSourceWithdrawingManualStates_leavesAStateThePersonChoseInTheDesk() {
        PresenceScenario loaded = PresenceScenario.office();
        loaded.report("anders", PresenceSourceKind.CHAT_SERVER, AWAY, NONE);
        loaded.setManual("anders", AVAILABLE, NONE, null, null);
        loaded.engine.withdraw("anders", PresenceSourceKind.MANUAL);
        loaded.engine.withdrawSource(PresenceEngine.UNNAMED_SOURCE);
        assertEquals(AVAILABLE, loaded.presence("anders").state());
        assertEquals(PresenceSourceKind.MANUAL, loaded.presence("anders").source());
    }

    @Test
    void changesArriveInTheOrderTheyHappenedThroughTheExecutor() {
        List<Runnable> queued = new ArrayList<>();
        PresenceEngine engine = new PresenceEngine(new ManualClock(PresenceScenario.at("08:00")),
                PresenceSettings.defaults(), queued::add);
        List<String> seen = new ArrayList<>();
        engine.addListener(change -> seen.add(change.after().state().name()));
        engine.replaceDirectory(List.of(Person.of("karin", "Karin Berg", "", "")));
        engine.setManual("karin", PresenceRequest.of(AVAILABLE));
        engine.setManual("karin", PresenceRequest.of(AWAY));
        assertEquals(List.of(), seen, "nothing is delivered on the calling thread");
        queued.forEach(Runnable::run);
        assertEquals(List.of("OFFLINE", "AVAILABLE", "AWAY"), seen);
    }
}
