package org.samklang.core.internal.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/**
 * A small office on Monday 16 November 2026 (times are UTC, written "HH:mm"), with a hand-moved clock,
 * a direct event executor and a listener that records every effective change.
 */
final class PresenceScenario {

    static final String DAY = "2026-11-16T";

    final ManualClock clock = new ManualClock(at("08:00"));
    final List<EffectivePresenceChange> changes = new ArrayList<>();
    final PresenceEngine engine;

    PresenceScenario() {
        this(PresenceSettings.defaults());
    }

    PresenceScenario(PresenceSettings settings) {
        engine = new PresenceEngine(clock, settings, Runnable::run);
        engine.addListener(changes::add);
    }

    /** Karin and Anders in Kundtjänst, Åke in Ekonomi; each in some groups. */
    static PresenceScenario office() {
        PresenceScenario scenario = new PresenceScenario();
        scenario.engine.replaceDirectory(List.of(
                new Person("karin", "Karin Berg", "Kundtjänst", "Agent", "1201", "", "", List.of("Växel")),
                new Person("anders", "Anders Lind", "Kundtjänst", "Agent", "1202", "", "", List.of("Växel")),
                new Person("ake", "Åke Öström", "Ekonomi", "Controller", "1301", "", "", List.of("Faktura"))));
        scenario.changes.clear();
        return scenario;
    }

    static Instant at(String time) {
        return Instant.parse(DAY + time + ":00Z");
    }

    void now(String time) {
        clock.set(at(time));
        engine.tick();
    }

    void advance(Duration duration) {
        clock.advance(duration);
        engine.tick();
    }

    Presence presence(String personId) {
        return engine.effectivePresence(personId).orElseThrow();
    }

    Presence setManual(String personId, PresenceState state, PresenceReason reason, String until,
            PresenceState next) {
        return engine.setManual(personId, new PresenceRequest(state, reason, until == null ? null : at(until),
                next));
    }

    ReportOutcome report(String personId, PresenceSourceKind source, PresenceState state, PresenceReason reason) {
        return engine.accept(PresenceReport.of(personId, source, state, reason, clock.instant()));
    }

    /** A calendar sync with one entry, confirmed now. */
    ReportOutcome calendar(String personId, String from, String until, PresenceState state,
            PresenceReason reason, PresenceState next) {
        return engine.replaceCalendar(personId, List.of(entry(personId, from, until, state, reason, next)));
    }

    PresenceReport entry(String personId, String from, String until, PresenceState state, PresenceReason reason,
            PresenceState next) {
        return new PresenceReport(personId, PresenceSourceKind.CALENDAR, state, reason, at(from), at(until), next,
                clock.instant());
    }

    List<EffectivePresenceChange> changesOf(String personId) {
        return changes.stream().filter(change -> change.personId().equals(personId)).toList();
    }
}
