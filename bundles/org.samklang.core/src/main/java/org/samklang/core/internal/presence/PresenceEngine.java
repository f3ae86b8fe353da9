package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.Substitute;

/**
 * The presence engine: the people directory, every source's reports, system states, and the effective
 * presence of everyone, merged by {@link PresencePrecedence}.
 * <p>
 * <b>Threading.</b> All methods are thread-safe (one lock) and do no I/O. Changes of anyone's effective
 * presence go to the {@link PresenceChangeListener}s through the event executor given to the constructor.
 * The engine hands each change to it while holding its lock, so in production it must be a single thread
 * with an unbounded queue (changes then arrive in order and the engine never waits for a listener); a
 * direct executor ({@code Runnable::run}) is for tests only.
 * <p>
 * <b>Time.</b> "Now" is the clock given to the constructor. Until times, wrap-up, stale reports and the
 * disconnection grace take effect when {@link #tick()} runs; schedule it at {@link #nextDueInstant()} (or
 * every second). Reads ({@link #effectivePresence}, {@link #search}) always compute at the clock's now.
 * <p>
 * <b>Errors.</b> Reports and system events never throw for bad data: they return a {@link ReportOutcome}
 * and log. A person's own actions ({@link #setManual}, {@link #setSubstitutes}) throw
 * {@link IllegalArgumentException} with a message for the user and change nothing.
 */
public final class PresenceEngine {

    /** Most calendar entries kept per person (the earliest); a calendar sync covers days, not years. */
    static final int MAX_CALENDAR_ENTRIES = 500;

    /**
     * The source of reports given without naming one: one unnamed source, for tests and callers that have a single
     * source. Plugins' reports always come through a {@link PresenceFeed}, keyed per plugin instance.
     */
    public static final String UNNAMED_SOURCE = "unnamed";

    private static final System.Logger LOG = System.getLogger(PresenceEngine.class.getName());

    private final Object lock = new Object();
    private final Clock clock;
    private final PresenceSettings settings;
    private final PresenceResolver resolver;
    private final ChangeDispatcher dispatcher;
    private final SubstituteLists substitutes = new SubstituteLists();
    private final Map<String, PersonSources> sources = new HashMap<>();
    private final Map<String, Presence> lastEffective = new HashMap<>();
    private final Map<String, Instant> dueAt = new HashMap<>();
    private PersonIndex index;

    public PresenceEngine(Clock clock, PresenceSettings settings, Executor eventExecutor) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.resolver = new PresenceResolver(settings);
        this.dispatcher = new ChangeDispatcher(Objects.requireNonNull(eventExecutor, "executor must not be null"));
        this.index = new PersonIndex(List.of(), settings.directoryLocale());
    }

    public void addListener(PresenceChangeListener listener) {
        dispatcher.add(listener);
    }

    public void removeListener(PresenceChangeListener listener) {
        dispatcher.remove(listener);
    }

    // ---- directory ----

    /**
     * Replaces the whole directory. Null entries and repeated ids are skipped (first kept) and reported;
     * people who left lose their reports and substitute links. Emits a change for every person whose
     * effective presence differs, including newcomers ({@code before == null}).
     */
    public DirectoryLoadReport replaceDirectory(Collection<Person> people) {
        Objects.requireNonNull(people, "people must not be null");
        List<String> problems = new ArrayList<>();
        Map<String, Person> unique = DirectorySearch.unique(people, problems);
        PersonIndex built = new PersonIndex(List.copyOf(unique.values()), settings.directoryLocale());
        synchronized (lock) {
            index = built;
            Set<String> known = unique.keySet();
            sources.keySet().retainAll(known);
            lastEffective.keySet().retainAll(known);
            dueAt.keySet().retainAll(known);
            problems.addAll(substitutes.retainDirectory(known::contains));
            Instant now = clock.instant();
            known.forEach(id -> recompute(id, now));
        }
        problems.forEach(problem -> LOG.log(Level.WARNING, "Directory: {0}", problem));
        return new DirectoryLoadReport(unique.size(), problems);
    }

    public Optional<Person> person(String personId) {
        synchronized (lock) {
            int position = index.positionOf(personId);
            return position < 0 ? Optional.empty() : Optional.of(index.person(position));
        }
    }

    /** {@return one page of the directory search, best first, with the total; see {@link PersonQuery}} */
    public PersonPage search(PersonQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        synchronized (lock) {
            Instant now = clock.instant();
            return DirectorySearch.page(index, query, id -> isAvailable(id, now),
                    id -> presenceAt(id, now).publicView());
        }
    }

    // ---- substitutes ----

    /** Replaces a person's substitutes, see {@link SubstituteLists#set}; emits the change. */
    public void setSubstitutes(String personId, List<String> substituteIds) {
        synchronized (lock) {
            requireKnown(personId);
            substitutes.set(personId, substituteIds, id -> index.positionOf(id) >= 0);
            recompute(personId, clock.instant());
        }
    }

    /** {@return who else can help, see {@link HelpFinder}; empty for an unknown id} */
    public List<Substitute> whoElseCanHelp(String personId) {
        synchronized (lock) {
            Instant now = clock.instant();
            return new HelpFinder(index, substitutes, id -> presenceAt(id, now).publicView(),
                    settings.maxSubstituteDepth()).find(personId);
        }
    }

    // ---- the person's own choice ----

    /**
     * Sets a person's manual state. Repeating the state that already decides their presence changes
     * nothing (idempotent); choosing it again while a calendar entry overrides it makes it the latest
     * decision, so it wins again.
     *
     * @return the effective presence right after
     * @throws IllegalArgumentException for an unknown person or an until time not after now
     */
    public Presence setManual(String personId, PresenceRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        synchronized (lock) {
            requireKnown(personId);
            Instant now = clock.instant();
            if (request.until() != null && !request.until().isAfter(now)) {
                throw new IllegalArgumentException("until " + request.until() + " is not after now (" + now
                        + "); choose a later time");
            }
            PersonSources own = sourcesFor(personId);
            PresenceReport explicit = own.explicit();
            Instant decidedAt = keepsDecision(personId, explicit, request, now) ? explicit.from() : now;
            own.setExplicit(new PresenceReport(personId, PresenceSourceKind.MANUAL, request.state(),
                    request.reason(), decidedAt, request.until(), request.next(), now));
            return recompute(personId, now);
        }
    }

    // ---- sources ----

    /**
     * Takes a PBX, chat-server or manual report (calendar entries go through {@link #replaceCalendar}).
     * A PBX or chat-server report repeating what its source said last only re-confirms it: the earlier
     * start is kept, so connectors may simply re-send their current state. When the PBX reports that a
     * call ended and the person's state underneath is routable, voice wrap-up starts at once, as an ACD
     * does after every call; a later {@link #startWrapUp} for the same contact only extends it.
     */
    public ReportOutcome accept(PresenceReport report) {
        return accept(UNNAMED_SOURCE, report);
    }

    /** As {@link #accept(PresenceReport)}, kept as {@code source}'s report (see {@link #withdrawSource}). */
    public ReportOutcome accept(String source, PresenceReport report) {
        Objects.requireNonNull(source, "source must not be null");
        if (report == null || report.source() == PresenceSourceKind.SYSTEM
                || report.source() == PresenceSourceKind.CALENDAR) {
            return rejected(report == null
                    ? "a null report"
                    : report.source() + " report for " + report.personId() + " (not taken through accept)");
        }
        synchronized (lock) {
            if (index.positionOf(report.personId()) < 0) {
                return unknown(report.personId(), report.source());
            }
            Instant now = clock.instant();
            PresenceReport clamped = ReportRules.clampConfirmation(report, now);
            PersonSources own = sourcesFor(report.personId());
            PresenceReport current = own.reportOf(source, report.source());
            if (current != null && current.source() == report.source()
                    && current.confirmedAt().isAfter(clamped.confirmedAt())) {
                LOG.log(Level.DEBUG, "Out-of-order {0} report for {1} ignored", report.source(), report.personId());
                return ReportOutcome.OUT_OF_ORDER;
            }
            own.store(source, ReportRules.repeats(current, clamped)
                    ? current.reconfirmedAt(clamped.confirmedAt())
                    : clamped);
            if (ReportRules.endsCall(current, clamped) && resolver.winner(own, now, now).routable()) {
                // Wrap-up starts in the same step as the call ends, so routing never sees a routable gap.
                own.startWrapUp(now, settings.wrapUpTime(MediaType.VOICE));
            }
            recompute(report.personId(), now);
            return ReportOutcome.ACCEPTED;
        }
    }

    /**
     * Replaces all calendar entries of a person (a calendar sync). Entries that are null, not from the
     * calendar, about someone else or without an end are dropped with a log line; beyond
     * {@value #MAX_CALENDAR_ENTRIES} the earliest are kept.
     */
    public ReportOutcome replaceCalendar(String personId, List<PresenceReport> entries) {
        return replaceCalendar(UNNAMED_SOURCE, personId, entries);
    }

    /** As {@link #replaceCalendar(String, List)}, replacing only the entries {@code source} gave. */
    public ReportOutcome replaceCalendar(String source, String personId, List<PresenceReport> entries) {
        Objects.requireNonNull(source, "source must not be null");
        if (entries == null) {
            return rejected("a null calendar for " + ReportRules.printable(personId));
        }
        synchronized (lock) {
            if (index.positionOf(personId) < 0) {
                return unknown(personId, PresenceSourceKind.CALENDAR);
            }
            Instant now = clock.instant();
            sourcesFor(personId).replaceCalendar(source, CalendarEntries.clean(personId, entries, now,
                    MAX_CALENDAR_ENTRIES));
            recompute(personId, now);
            return ReportOutcome.ACCEPTED;
        }
    }

    /** Removes what a source says about a person (the source has nothing to say any more). */
    public ReportOutcome withdraw(String personId, PresenceSourceKind kind) {
        return withdraw(UNNAMED_SOURCE, personId, kind);
    }

    /** Removes what {@code source} says about a person of {@code kind}; other sources' reports stay. */
    public ReportOutcome withdraw(String source, String personId, PresenceSourceKind kind) {
        Objects.requireNonNull(source, "source must not be null");
        if (kind == null || kind == PresenceSourceKind.SYSTEM) {
            return rejected("withdrawing " + kind + " for " + ReportRules.printable(personId));
        }
        synchronized (lock) {
            if (index.positionOf(personId) < 0) {
                return unknown(personId, kind);
            }
            sourcesFor(personId).withdraw(source, kind);
            recompute(personId, clock.instant());
            return ReportOutcome.ACCEPTED;
        }
    }

    /**
     * Removes everything {@code source} said about anyone: the source went away, was restarted or reconfigured, so a
     * PBX that is gone no longer leaves people "on a call". Emits the changes; {@return how many people it touched}
     */
    public int withdrawSource(String source) {
        Objects.requireNonNull(source, "source must not be null");
        synchronized (lock) {
            Instant now = clock.instant();
            List<String> touched = new ArrayList<>();
            sources.forEach((personId, own) -> {
                if (own.withdrawSource(source)) {
                    touched.add(personId);
                }
            });
            touched.forEach(personId -> recompute(personId, now));
            return touched.size();
        }
    }

    /** Re-confirms every report of a source at now (the source's heartbeat: "all I said still holds"). */
    public int confirmAll(PresenceSourceKind kind) {
        return confirmAll(UNNAMED_SOURCE, kind);
    }

    /** Re-confirms every report {@code source} gave of {@code kind} at now. */
    public int confirmAll(String source, PresenceSourceKind kind) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        synchronized (lock) {
            Instant now = clock.instant();
            int[] confirmed = {0};
            sources.forEach((personId, own) -> own.replaceEach(source, kind, report -> {
                confirmed[0]++;
                return report.reconfirmedAt(now);
            }));
            new ArrayList<>(sources.keySet()).forEach(personId -> recompute(personId, now));
            return confirmed[0];
        }
    }

    // ---- system states ----

    /** An offer timed out: the agent becomes AWAY "not responding" until they choose a state again. */
    public ReportOutcome markNotResponding(String personId) {
        return onKnown(personId, (own, now) -> own.setExplicit(PresenceReport.of(personId,
                PresenceSourceKind.SYSTEM, PresenceState.AWAY, PresenceReason.NOT_RESPONDING, now)));
    }

    /**
     * A contact was handled: wrap-up runs for the media type's wrap-up time, then the state underneath
     * returns by itself. A second contact ending during wrap-up extends it. Zero wrap-up time does nothing.
     */
    public ReportOutcome startWrapUp(String personId, MediaType mediaType) {
        Objects.requireNonNull(mediaType, "media type must not be null");
        Duration wrapUp = settings.wrapUpTime(mediaType);
        return onKnown(personId, (own, now) -> own.startWrapUp(now, wrapUp));
    }

    /** The agent finished wrap-up early. */
    public ReportOutcome endWrapUp(String personId) {
        return onKnown(personId, (own, now) -> own.endWrapUp());
    }

    /** The desktop (or hub) connection of a person was lost; DISCONNECTED follows after the grace period. */
    public ReportOutcome connectionLost(String personId) {
        return onKnown(personId, (own, now) -> own.markConnectionLost(now));
    }

    /**
     * The connection is back. Within the grace period nothing visible happened and nothing changes.
     * After it, an agent who was routable comes back AWAY ("connection lost") and must choose Ready again,
     * so work is not offered to a desk that may be empty; any other state returns as it was.
     */
    public ReportOutcome connectionRestored(String personId) {
        return onKnown(personId, (own, now) -> {
            Instant lostAt = own.connectionLostAt;
            own.connectionLostAt = null;
            if (lostAt != null && !now.isBefore(lostAt.plus(settings.disconnectGrace()))
                    && resolver.winner(own, now, now).routable()) {
                own.setExplicit(PresenceReport.of(personId, PresenceSourceKind.SYSTEM, PresenceState.AWAY,
                        PresenceReason.CONNECTION_LOST, now));
            }
        });
    }

    // ---- reading and the clock ----

    /** {@return the effective presence now (private reason included), empty for an unknown id} */
    public Optional<Presence> effectivePresence(String personId) {
        return effectivePresenceAt(personId, clock.instant());
    }

    /**
     * {@return the effective presence at any instant, as if the clock stood there and no new report came:
     * until times passed by then apply their next state, and reports stale by then no longer count}
     */
    public Optional<Presence> effectivePresenceAt(String personId, Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        synchronized (lock) {
            return index.positionOf(personId) < 0 ? Optional.empty() : Optional.of(presenceAt(personId, at));
        }
    }

    /** Applies everything that fell due by the clock's now (until times, staleness, grace) and emits it. */
    public void tick() {
        synchronized (lock) {
            Instant now = clock.instant();
            List<String> due = dueAt.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                    .map(Map.Entry::getKey).toList();
            due.forEach(personId -> recompute(personId, now));
        }
    }

    /** {@return when {@link #tick()} next has something to do, empty if nothing is scheduled} */
    public Optional<Instant> nextDueInstant() {
        synchronized (lock) {
            return dueAt.values().stream().min(Instant::compareTo);
        }
    }

    // ---- internals (called under the lock) ----

    private Presence recompute(String personId, Instant now) {
        PersonSources own = sources.getOrDefault(personId, PersonSources.NONE);
        Presence after = resolver.resolve(personId, own, substitutes.of(personId), now);
        Presence before = lastEffective.put(personId, after);
        Instant due = resolver.dueAt(own, now);
        if (due == null) {
            dueAt.remove(personId);
        } else {
            dueAt.put(personId, due);
        }
        if (!after.sameMeaningAs(before)) {
            dispatcher.publish(new EffectivePresenceChange(personId, before, after, now));
        }
        return after;
    }

    private Presence presenceAt(String personId, Instant at) {
        return resolver.resolve(personId, sources.getOrDefault(personId, PersonSources.NONE),
                substitutes.of(personId), at);
    }

    private boolean isAvailable(String personId, Instant now) {
        return resolver.winner(sources.getOrDefault(personId, PersonSources.NONE), now, now)
                .state() == PresenceState.AVAILABLE;
    }

    private boolean keepsDecision(String personId, PresenceReport explicit, PresenceRequest request,
            Instant now) {
        return explicit != null && explicit.source() == PresenceSourceKind.MANUAL
                && explicit.state() == request.state() && explicit.reason() == request.reason()
                && Objects.equals(explicit.until(), request.until()) && explicit.next() == request.next()
                && resolver.winner(sourcesFor(personId), now, now).row() == PresencePrecedence.MANUAL;
    }

    private PersonSources sourcesFor(String personId) {
        return sources.computeIfAbsent(personId, id -> new PersonSources());
    }

    private ReportOutcome onKnown(String personId, SourceChange change) {
        synchronized (lock) {
            if (index.positionOf(personId) < 0) {
                return unknown(personId, PresenceSourceKind.SYSTEM);
            }
            Instant now = clock.instant();
            change.apply(sourcesFor(personId), now);
            recompute(personId, now);
            return ReportOutcome.ACCEPTED;
        }
    }

    private void requireKnown(String personId) {
        if (index.positionOf(personId) < 0) {
            throw new IllegalArgumentException("unknown person '" + ReportRules.printable(personId) + "'");
        }
    }

    private static ReportOutcome unknown(String personId, PresenceSourceKind source) {
        LOG.log(Level.INFO, "{0} event for unknown person {1} ignored", source, ReportRules.printable(personId));
        return ReportOutcome.UNKNOWN_PERSON;
    }

    private static ReportOutcome rejected(String what) {
        LOG.log(Level.WARNING, "Rejected {0}", what);
        return ReportOutcome.REJECTED;
    }

    @FunctionalInterface
    private interface SourceChange {

        void apply(PersonSources own, Instant now);
    }
}
