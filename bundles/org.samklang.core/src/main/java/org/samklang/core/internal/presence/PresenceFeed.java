package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.UnresolvedAddress;

/**
 * One presence source's way into the engine: everything it says is kept as its own (under a key unique to this
 * binding of the source), the people it names by address are resolved through the directory, and what names nobody
 * (or several people) waits in {@link UnresolvedReports} until the directory has them, counted for the source's status
 * and logged once when the source starts naming unknown people and once when all resolve again. {@link #close()}
 * withdraws everything the source said; calls after it are ignored.
 * <p>
 * Thread-safe: one lock per feed, taken before the engine's (the engine never calls a feed).
 */
public final class PresenceFeed {

    private static final System.Logger LOG = System.getLogger(PresenceFeed.class.getName());

    /** What a source's status shows about the addresses it named that the directory does not resolve. */
    public record Unresolved(int count, List<UnresolvedAddress> examples) {

        public static final Unresolved NONE = new Unresolved(0, List.of());
    }

    private final PresenceEngine engine;
    private final String key;
    private final String sourceName;
    private final Supplier<PersonAddresses> addresses;
    private final Clock clock;
    private final UnresolvedReports unresolved = new UnresolvedReports();
    private boolean closed;
    private boolean saidUnresolved;
    private long notKeptSaid;

    /**
     * @param key        this binding's key in the engine; a restarted source gets a new one
     * @param sourceName the source's id, for the log
     * @param addresses  the directory as it is now
     */
    public PresenceFeed(PresenceEngine engine, String key, String sourceName, Supplier<PersonAddresses> addresses,
            Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.key = Objects.requireNonNull(key, "key");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A live report; its person may be named by address. */
    public synchronized void report(PresenceReport report) {
        if (closed) {
            return;
        }
        PersonAddresses.Resolution who = addresses.get().resolve(report.personId());
        if (who.resolved() && engine.accept(key, named(report, who.personId())) != ReportOutcome.UNKNOWN_PERSON) {
            unresolved.withdraw(report.personId(), report.source());
        } else {
            unresolved.keep(report.personId(), who.resolved() ? 0 : who.matches(), report);
        }
        sayWhetherUnresolved();
    }

    /** The source's heartbeat for one kind: its applied and its waiting reports are confirmed now. */
    public synchronized void confirmAll(PresenceSourceKind kind) {
        if (closed) {
            return;
        }
        engine.confirmAll(key, kind);
        unresolved.reconfirm(kind, clock.instant());
    }

    /** The source has nothing more to say of {@code kind} about the person {@code reference} names. */
    public synchronized void withdraw(String reference, PresenceSourceKind kind) {
        if (closed) {
            return;
        }
        unresolved.withdraw(reference, kind);
        PersonAddresses.Resolution who = addresses.get().resolve(reference);
        if (who.resolved()) {
            engine.withdraw(key, who.personId(), kind);
        }
        sayWhetherUnresolved();
    }

    /** The person's calendar as this source knows it; entries may name the person as {@code reference} does. */
    public synchronized void replaceCalendar(String reference, List<PresenceReport> entries) {
        if (closed) {
            return;
        }
        PersonAddresses.Resolution who = addresses.get().resolve(reference);
        if (who.resolved() && engine.replaceCalendar(key, who.personId(), renamed(entries, reference,
                who.personId())) != ReportOutcome.UNKNOWN_PERSON) {
            unresolved.withdraw(reference, PresenceSourceKind.CALENDAR);
        } else {
            unresolved.keepCalendar(reference, who.resolved() ? 0 : who.matches(), entries);
        }
        sayWhetherUnresolved();
    }

    /** The directory changed: what waited for people it now has is applied. */
    public synchronized void directoryChanged() {
        if (closed) {
            return;
        }
        unresolved.retry(addresses.get(), (personId, released) -> {
            released.reports().forEach(report -> engine.accept(key, named(report, personId)));
            if (released.calendar() != null && !released.calendar().isEmpty()) {
                String reference = released.calendar().get(0).personId();
                engine.replaceCalendar(key, personId, renamed(released.calendar(), reference, personId));
            }
        });
        sayWhetherUnresolved();
    }

    /** The source went away, or starts over: everything it said is withdrawn; later calls are ignored. */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        unresolved.clear();
        int touched = engine.withdrawSource(key);
        LOG.log(Level.INFO, "presence source {0} stopped; what it said about {1} people is withdrawn", sourceName,
                touched);
    }

    /** {@return the addresses this source named that the directory cannot resolve now, for its status} */
    public synchronized Unresolved unresolved() {
        int count = unresolved.count();
        return count == 0
                ? Unresolved.NONE
                : new Unresolved(count, unresolved.examples(ConnectorStatus.MAX_EXAMPLES));
    }

    private void sayWhetherUnresolved() {
        boolean now = unresolved.count() > 0;
        if (now && !saidUnresolved) {
            UnresolvedAddress first = unresolved.examples(1).get(0);
            LOG.log(Level.WARNING, "presence source {0} names people the directory cannot resolve, first {1} ({2});"
                    + " their reports wait until the directory has them, see the source''s status", sourceName,
                    ReportRules.printable(first.reference()), first.matches() == 0
                            ? "nobody has it"
                            : first.matches() + " people have it");
        } else if (!now && saidUnresolved) {
            LOG.log(Level.INFO, "presence source {0}: every person it names is in the directory again", sourceName);
        }
        saidUnresolved = now;
        if (unresolved.notKept() > notKeptSaid && notKeptSaid == 0) {
            LOG.log(Level.WARNING, "presence source {0} names more than {1} unknown addresses; reports about the rest"
                    + " are counted, not kept", sourceName, UnresolvedReports.MAX_ADDRESSES);
        }
        notKeptSaid = unresolved.notKept();
    }

    private static PresenceReport named(PresenceReport report, String personId) {
        return report.personId().equals(personId)
                ? report
                : new PresenceReport(personId, report.source(), report.state(), report.reason(), report.from(),
                        report.until(), report.next(), report.confirmedAt());
    }

    /** Calendar entries naming the person as the source did are renamed to the directory id. */
    private static List<PresenceReport> renamed(List<PresenceReport> entries, String reference, String personId) {
        return entries.stream().map(entry -> entry != null && entry.personId().equals(reference)
                ? named(entry, personId)
                : entry).toList();
    }
}
