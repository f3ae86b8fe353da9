package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One source's statement about one person: "the PBX says Karin is on a call since 10:02",
 * "the calendar says Anders is in a meeting 13:00-14:00, then available".
 * <p>
 * Presence sources (PBX, chat server, calendar connectors) hand these to the engine, which merges all
 * sources of a person by its precedence table. The record checks its own consistency; the engine checks
 * it against the directory and the clock (unknown people are ignored, out-of-order reports are dropped).
 *
 * @param personId    the directory id of the person
 * @param source      who reports; {@link PresenceSourceKind#SYSTEM} reports are made by the engine only
 * @param state       the reported state; {@code ON_CALL} only from the PBX; wrap-up and disconnected are
 *                    never reported, the engine derives them
 * @param reason      reason code, null means {@code NONE}; must be {@code NONE} for {@code AVAILABLE}
 * @param from        when the state began (for a calendar entry: its start, which may be in the future)
 * @param until       when the state ends, or null if open-ended; must be after {@code from}
 * @param next        the state from {@code until} on, or null (the entry simply ends); needs {@code until}
 * @param confirmedAt when the source last confirmed this report; reports older than the source's
 *                    freshness limit stop counting
 */
public record PresenceReport(String personId, PresenceSourceKind source, PresenceState state,
        PresenceReason reason, Instant from, Instant until, PresenceState next, Instant confirmedAt) {

    public PresenceReport {
        personId = PersonText.personId("person id", personId);
        PersonText.present("source", source);
        PersonText.present("state", state);
        reason = Objects.requireNonNullElse(reason, PresenceReason.NONE);
        PersonText.present("from", from);
        PersonText.present("confirmedAt", confirmedAt);
        checkState(source, state, reason);
        checkUntilAndNext(state, from, until, next);
    }

    /** {@return an open-ended report that began at {@code at} and was confirmed at the same instant} */
    public static PresenceReport of(String personId, PresenceSourceKind source, PresenceState state,
            PresenceReason reason, Instant at) {
        return new PresenceReport(personId, source, state, reason, at, null, null, at);
    }

    /** {@return a copy confirmed at another instant} */
    public PresenceReport reconfirmedAt(Instant at) {
        return new PresenceReport(personId, source, state, reason, from, until, next, at);
    }

    private static void checkState(PresenceSourceKind source, PresenceState state, PresenceReason reason) {
        if (state == PresenceState.WRAP_UP || state == PresenceState.DISCONNECTED) {
            throw new IllegalArgumentException(state + " is derived by the engine and cannot be reported");
        }
        if (state == PresenceState.ON_CALL && source != PresenceSourceKind.PBX) {
            throw new IllegalArgumentException("only the PBX can report ON_CALL, not " + source);
        }
        if (state == PresenceState.AVAILABLE && reason != PresenceReason.NONE) {
            throw new IllegalArgumentException("AVAILABLE takes no reason, got " + reason);
        }
    }

    private static void checkUntilAndNext(PresenceState state, Instant from, Instant until, PresenceState next) {
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("until " + until + " must be after from " + from);
        }
        if (next == null) {
            return;
        }
        if (until == null) {
            throw new IllegalArgumentException("a next state (" + next + ") needs an until time");
        }
        if (next.isSystemState()) {
            throw new IllegalArgumentException("next state " + next + " is a system state");
        }
        if (next == state) {
            throw new IllegalArgumentException("next state must differ from the state it follows, got "
                    + state + " then " + next);
        }
    }
}
