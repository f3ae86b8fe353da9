package org.samklang.core.internal.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;

/**
 * Everything every source currently says about one person. Mutable; only touched under the engine's lock.
 * The precedence table turns it into one effective presence at a given instant.
 */
final class PersonSources {

    /** Shared stand-in for people no source has reported on; never mutated. */
    static final PersonSources NONE = new PersonSources();

    /** The last explicit choice: by the person (MANUAL) or for them (SYSTEM: not responding...). */
    PresenceReport explicit;
    PresenceReport pbx;
    PresenceReport chat;
    List<PresenceReport> calendar = List.of();
    Instant wrapUpFrom;
    Instant wrapUpUntil;
    Instant connectionLostAt;

    /** {@return every report currently held, of whatever source} */
    List<PresenceReport> reports() {
        List<PresenceReport> all = new ArrayList<>(calendar);
        for (PresenceReport report : new PresenceReport[]{explicit, pbx, chat}) {
            if (report != null) {
                all.add(report);
            }
        }
        return all;
    }

    /** {@return the single report held for a non-calendar source, or null} */
    PresenceReport reportOf(PresenceSourceKind source) {
        return switch (source) {
            case MANUAL, SYSTEM -> explicit;
            case PBX -> pbx;
            case CHAT_SERVER -> chat;
            case CALENDAR -> throw new IllegalArgumentException("the calendar holds a list of entries");
        };
    }

    /** Stores a report of a non-calendar source (MANUAL and SYSTEM share the explicit slot). */
    void store(PresenceReport report) {
        switch (report.source()) {
            case MANUAL, SYSTEM -> explicit = report;
            case PBX -> pbx = report;
            case CHAT_SERVER -> chat = report;
            case CALENDAR -> throw new IllegalArgumentException("calendar entries are replaced as a whole");
        }
    }

    /** Forgets what a source said (SYSTEM states have their own methods). */
    void withdraw(PresenceSourceKind source) {
        switch (source) {
            case MANUAL -> explicit = null;
            case PBX -> pbx = null;
            case CHAT_SERVER -> chat = null;
            case CALENDAR -> calendar = List.of();
            case SYSTEM -> throw new IllegalArgumentException("system states are not withdrawn");
        }
    }

    /** Starts wrap-up, or extends a running one to at least {@code now + length}; zero length does nothing. */
    void startWrapUp(Instant now, Duration length) {
        if (length.isZero()) {
            return;
        }
        boolean running = wrapUpUntil != null && now.isBefore(wrapUpUntil);
        Instant end = now.plus(length);
        wrapUpFrom = running ? wrapUpFrom : now;
        wrapUpUntil = running && wrapUpUntil.isAfter(end) ? wrapUpUntil : end;
    }

    void endWrapUp() {
        wrapUpFrom = null;
        wrapUpUntil = null;
    }

    /** Notes the connection loss; a second loss report keeps the first instant (idempotent). */
    void markConnectionLost(Instant now) {
        if (connectionLostAt == null) {
            connectionLostAt = now;
        }
    }

    /** Applies a change to every report of one source (used to re-confirm a source's reports). */
    void replaceEach(PresenceSourceKind source, UnaryOperator<PresenceReport> change) {
        if (source == PresenceSourceKind.CALENDAR) {
            calendar = calendar.stream().map(change).toList();
            return;
        }
        PresenceReport current = reportOf(source);
        if (current != null && current.source() == source) {
            store(change.apply(current));
        }
    }

    /** Visits every instant at which some report starts or ends; the effective presence may change there. */
    void forEachChangeInstant(Consumer<Instant> visitor) {
        for (PresenceReport report : reports()) {
            visitor.accept(report.from());
            if (report.until() != null) {
                visitor.accept(report.until());
            }
        }
        if (wrapUpUntil != null) {
            visitor.accept(wrapUpUntil);
        }
    }
}
