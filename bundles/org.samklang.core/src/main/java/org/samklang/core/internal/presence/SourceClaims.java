package org.samklang.core.internal.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/**
 * The claim each source makes about one person at instant {@code at}, judged for freshness at {@code now}.
 * Each method serves one row of {@link PresencePrecedence} and returns null when its source has nothing to
 * say. Freshness and the disconnection grace are judged at {@code now} even when {@code at} lies in the
 * future: predicting "what comes next" assumes sources keep confirming and connections stay as they are.
 */
final class SourceClaims {

    private static final Comparator<PresenceClaim> NEWEST = Comparator.comparing(PresenceClaim::since)
            .thenComparing(PresenceClaim::confirmedAt);

    private final PersonSources sources;
    private final Instant at;
    private final Instant now;
    private final PresenceSettings settings;

    SourceClaims(PersonSources sources, Instant at, Instant now, PresenceSettings settings) {
        this.sources = sources;
        this.at = at;
        this.now = now;
        this.settings = settings;
    }

    PresenceClaim disconnected(PresencePrecedence row) {
        Instant lostAt = sources.connectionLostAt;
        if (lostAt == null || now.isBefore(lostAt.plus(settings.disconnectGrace()))) {
            return null;
        }
        return new PresenceClaim(row, PresenceState.DISCONNECTED, PresenceReason.NONE, false, lostAt, lostAt,
                null, PresenceSourceKind.SYSTEM, lostAt);
    }

    /** The newest call any PBX reports. */
    PresenceClaim pbxCall(PresencePrecedence row) {
        return newest(row, sources.pbx(), claim -> claim.state() == PresenceState.ON_CALL);
    }

    PresenceClaim wrapUp(PresencePrecedence row) {
        Instant from = sources.wrapUpFrom;
        Instant until = sources.wrapUpUntil;
        if (from == null || at.isBefore(from) || !at.isBefore(until)) {
            return null;
        }
        return new PresenceClaim(row, PresenceState.WRAP_UP, PresenceReason.NONE, false, from, from, until,
                PresenceSourceKind.SYSTEM, from);
    }

    /** The calendar entry decided last among those in effect (or whose next state is in effect). */
    PresenceClaim calendar(PresencePrecedence row) {
        return sources.calendar().stream()
                .map(entry -> fromReport(row, entry))
                .filter(Objects::nonNull)
                .max(Comparator.comparing(PresenceClaim::decidedAt).thenComparing(PresenceClaim::since))
                .orElse(null);
    }

    PresenceClaim manual(PresencePrecedence row) {
        return fromReport(row, sources.explicit());
    }

    /** The chat state that changed last, of all chat servers. */
    PresenceClaim chat(PresencePrecedence row) {
        return newest(row, sources.chat(), claim -> true);
    }

    /** The device state (not a call) that changed last, of all PBXes. */
    PresenceClaim pbxDevice(PresencePrecedence row) {
        return newest(row, sources.pbx(), claim -> claim.state() != PresenceState.ON_CALL);
    }

    /** Of several sources' reports of one kind, the fresh claim that took effect last (then: confirmed last). */
    private PresenceClaim newest(PresencePrecedence row, Collection<PresenceReport> reports,
            Predicate<PresenceClaim> wanted) {
        PresenceClaim best = null;
        for (PresenceReport report : reports) {
            PresenceClaim claim = fromReport(row, report);
            if (claim != null && wanted.test(claim) && (best == null || NEWEST.compare(claim, best) > 0)) {
                best = claim;
            }
        }
        return best;
    }

    PresenceClaim nothing(PresencePrecedence row) {
        return new PresenceClaim(row, PresenceState.OFFLINE, PresenceReason.NONE, false, null, null, null,
                PresenceSourceKind.SYSTEM, null);
    }

    /**
     * A report's claim at {@code at}: its own state between {@code from} and {@code until}, its next state
     * after {@code until} (still decided at {@code from}, so a later manual change beats it), else nothing.
     */
    private PresenceClaim fromReport(PresencePrecedence row, PresenceReport report) {
        if (report == null || !isFresh(report) || at.isBefore(report.from())) {
            return null;
        }
        if (report.until() == null || at.isBefore(report.until())) {
            return new PresenceClaim(row, report.state(), report.reason(),
                    isRoutable(report.source(), report.state()), report.from(), report.from(), report.until(),
                    report.source(), report.confirmedAt());
        }
        if (report.next() == null) {
            return null;
        }
        return new PresenceClaim(row, report.next(), PresenceReason.NONE,
                isRoutable(report.source(), report.next()), report.until(), report.from(), null,
                report.source(), report.confirmedAt());
    }

    private boolean isFresh(PresenceReport report) {
        Duration limit = settings.freshnessLimit(report.source());
        return limit == null || !now.isAfter(report.confirmedAt().plus(limit));
    }

    /**
     * A chat server's "online" or an idle phone says the person is reachable, not that they chose to take
     * queued work, so only explicit, calendar and system availability make a person routable.
     */
    private static boolean isRoutable(PresenceSourceKind source, PresenceState state) {
        return state == PresenceState.AVAILABLE && source != PresenceSourceKind.CHAT_SERVER
                && source != PresenceSourceKind.PBX;
    }
}
