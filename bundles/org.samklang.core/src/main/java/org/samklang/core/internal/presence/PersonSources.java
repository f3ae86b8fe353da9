package org.samklang.core.internal.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;

/**
 * Everything every source currently says about one person, kept per source: two PBXes, or a chat server and its
 * replacement, each have their own report, and a source that goes away takes exactly its own reports with it
 * ({@link #withdrawSource}). Mutable; only touched under the engine's lock. The precedence table turns it into one
 * effective presence at a given instant.
 * <p>
 * Sources are named by the key the engine was given (one per bound plugin instance). The explicit slot holds the
 * last explicit choice, by the person (in the desk, or MANUAL from a source) or for them (SYSTEM); it remembers which
 * source set it, so only that source's leaving clears it.
 */
final class PersonSources {

    /** Shared stand-in for people no source has reported on; never mutated. */
    static final PersonSources NONE = new PersonSources();

    private PresenceReport explicit;
    /** The source that set {@link #explicit}; null when the person or the engine did. */
    private String explicitSource;
    private final Map<String, PresenceReport> pbx = new LinkedHashMap<>();
    private final Map<String, PresenceReport> chat = new LinkedHashMap<>();
    private final Map<String, List<PresenceReport>> calendars = new LinkedHashMap<>();
    Instant wrapUpFrom;
    Instant wrapUpUntil;
    Instant connectionLostAt;

    /** {@return the last explicit choice (MANUAL or SYSTEM), or null} */
    PresenceReport explicit() {
        return explicit;
    }

    /** Sets the explicit choice on the person's or the engine's behalf (no source can withdraw it). */
    void setExplicit(PresenceReport report) {
        explicit = report;
        explicitSource = null;
    }

    /** {@return the PBX reports of every source} */
    Collection<PresenceReport> pbx() {
        return pbx.values();
    }

    /** {@return the chat-server reports of every source} */
    Collection<PresenceReport> chat() {
        return chat.values();
    }

    /** {@return the calendar entries of every source} */
    List<PresenceReport> calendar() {
        if (calendars.size() == 1) {
            return calendars.values().iterator().next();
        }
        List<PresenceReport> all = new ArrayList<>();
        calendars.values().forEach(all::addAll);
        return all;
    }

    /** {@return every report currently held, of whatever source} */
    List<PresenceReport> reports() {
        List<PresenceReport> all = new ArrayList<>(calendar());
        all.addAll(pbx.values());
        all.addAll(chat.values());
        if (explicit != null) {
            all.add(explicit);
        }
        return all;
    }

    /** {@return the single report {@code source} holds of a non-calendar kind (the explicit one for MANUAL), or null} */
    PresenceReport reportOf(String source, PresenceSourceKind kind) {
        return switch (kind) {
            case MANUAL, SYSTEM -> explicit;
            case PBX -> pbx.get(source);
            case CHAT_SERVER -> chat.get(source);
            case CALENDAR -> throw new IllegalArgumentException("the calendar holds a list of entries");
        };
    }

    /** Stores a report of a non-calendar kind from {@code source} (MANUAL and SYSTEM share the explicit slot). */
    void store(String source, PresenceReport report) {
        switch (report.source()) {
            case MANUAL, SYSTEM -> {
                explicit = report;
                explicitSource = source;
            }
            case PBX -> pbx.put(source, report);
            case CHAT_SERVER -> chat.put(source, report);
            case CALENDAR -> throw new IllegalArgumentException("calendar entries are replaced as a whole");
        }
    }

    /** Replaces the calendar entries {@code source} holds; an empty list clears them. */
    void replaceCalendar(String source, List<PresenceReport> entries) {
        if (entries.isEmpty()) {
            calendars.remove(source);
        } else {
            calendars.put(source, List.copyOf(entries));
        }
    }

    /** Forgets what {@code source} said of {@code kind} (SYSTEM states have their own methods). */
    void withdraw(String source, PresenceSourceKind kind) {
        switch (kind) {
            case MANUAL -> {
                if (Objects.equals(source, explicitSource)) {
                    explicit = null;
                    explicitSource = null;
                }
            }
            case PBX -> pbx.remove(source);
            case CHAT_SERVER -> chat.remove(source);
            case CALENDAR -> calendars.remove(source);
            case SYSTEM -> throw new IllegalArgumentException("system states are not withdrawn");
        }
    }

    /** Forgets everything {@code source} said; {@return whether it had said anything} */
    boolean withdrawSource(String source) {
        boolean held = pbx.remove(source) != null | chat.remove(source) != null | calendars.remove(source) != null;
        if (explicit != null && Objects.equals(source, explicitSource)) {
            explicit = null;
            explicitSource = null;
            held = true;
        }
        return held;
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

    /** Applies a change to every report {@code source} holds of {@code kind} (its heartbeat re-confirms them). */
    void replaceEach(String source, PresenceSourceKind kind, UnaryOperator<PresenceReport> change) {
        switch (kind) {
            case CALENDAR -> calendars.computeIfPresent(source, (key, entries) -> entries.stream().map(change)
                    .toList());
            case PBX -> pbx.computeIfPresent(source, (key, report) -> change.apply(report));
            case CHAT_SERVER -> chat.computeIfPresent(source, (key, report) -> change.apply(report));
            case MANUAL, SYSTEM -> {
                if (explicit != null && explicit.source() == kind && Objects.equals(source, explicitSource)) {
                    explicit = change.apply(explicit);
                }
            }
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
