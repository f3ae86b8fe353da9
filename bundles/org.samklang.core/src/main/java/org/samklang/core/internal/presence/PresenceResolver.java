package org.samklang.core.internal.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReport;

/**
 * Turns a person's sources into their effective presence at an instant, including "until" and "next":
 * the first later instant at which the effective state changes and what it changes to, as far as the
 * reports known now tell (a manual until time, a calendar entry starting or ending, wrap-up ending).
 * Pure: it reads the sources and the instant, nothing else.
 */
final class PresenceResolver {

    /** Change instants examined for "until/next"; back-to-back identical entries merge within this many. */
    private static final int MAX_LOOKAHEAD = 16;

    private final PresenceSettings settings;

    PresenceResolver(PresenceSettings settings) {
        this.settings = settings;
    }

    /** {@return the claim that wins at {@code at}, judging freshness and disconnection at {@code now}} */
    PresenceClaim winner(PersonSources sources, Instant at, Instant now) {
        SourceClaims claims = new SourceClaims(sources, at, now, settings);
        for (PresencePrecedence row : PresencePrecedence.values()) {
            PresenceClaim claim = row.claim(claims);
            if (claim != null) {
                return claim;
            }
        }
        throw new IllegalStateException("the last precedence row always applies");
    }

    /** {@return the effective presence at {@code now}, with until and next predicted from known reports} */
    Presence resolve(String personId, PersonSources sources, List<String> substitutes, Instant now) {
        PresenceClaim current = winner(sources, now, now);
        PresenceClaim next = null;
        Instant until = null;
        int examined = 0;
        for (Instant candidate : changeInstantsAfter(sources, now)) {
            PresenceClaim later = winner(sources, candidate, now);
            if (later.looksDifferentFrom(current)) {
                until = candidate;
                next = later;
                break;
            }
            if (++examined == MAX_LOOKAHEAD) {
                break;
            }
        }
        return new Presence(personId, current.state(), current.routable(), current.reason(), until,
                next == null ? null : next.state(), next == null ? null : next.reason(), substitutes,
                current.source(), current.since(), current.confirmedAt());
    }

    /**
     * {@return the first instant after {@code now} at which the effective presence may change by the clock
     * alone (an until time, an entry starting, a report going stale, the grace period ending), or null}
     */
    Instant dueAt(PersonSources sources, Instant now) {
        TreeSet<Instant> due = changeInstantsAfter(sources, now);
        for (PresenceReport report : sources.reports()) {
            Duration limit = settings.freshnessLimit(report.source());
            if (limit != null) {
                addIfAfter(due, report.confirmedAt().plus(limit).plusNanos(1), now);
            }
        }
        if (sources.connectionLostAt != null) {
            addIfAfter(due, sources.connectionLostAt.plus(settings.disconnectGrace()), now);
        }
        return due.isEmpty() ? null : due.first();
    }

    private static TreeSet<Instant> changeInstantsAfter(PersonSources sources, Instant now) {
        TreeSet<Instant> instants = new TreeSet<>();
        sources.forEachChangeInstant(instant -> addIfAfter(instants, instant, now));
        return instants;
    }

    private static void addIfAfter(TreeSet<Instant> instants, Instant instant, Instant now) {
        if (instant.isAfter(now)) {
            instants.add(instant);
        }
    }
}
