package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person's effective presence, with every detail including a private reason.
 * <p>
 * Only the person themself (and the engine) handles this record. Everyone else receives
 * {@link #publicView()}, a {@link PresenceView} that has no field able to hold a private reason, so a
 * private reason cannot reach a viewer by mistake.
 * <p>
 * Times are instants (UTC); the UI converts to the viewer's zone. Nullable components are documented
 * below; lists are never null.
 *
 * @param personId    whose presence this is
 * @param state       the effective state
 * @param routable    whether routing may offer work; only ever true when the state is {@code AVAILABLE}
 * @param reason      reason code, {@link PresenceReason#NONE} when none; never set for {@code AVAILABLE}
 * @param until       when this state is expected to change ("back at"), or null if not known
 * @param next        the state expected from {@code until} on; null exactly when {@code until} is null
 * @param nextReason  the reason expected from {@code until} on; {@code NONE} when none or no {@code until}
 * @param substitutes ids of the people to ask instead, in the order the person chose them
 * @param source      the source whose report decided this state
 * @param since       when the deciding report's state took effect (a manual state: when it was chosen, even
 *                    if a meeting overrode it in between), or null when no source has reported at all
 * @param confirmedAt when the deciding source last confirmed it (freshness), or null when none reported
 */
public record Presence(String personId, PresenceState state, boolean routable, PresenceReason reason,
        Instant until, PresenceState next, PresenceReason nextReason, List<String> substitutes,
        PresenceSourceKind source, Instant since, Instant confirmedAt) {

    public Presence {
        personId = PersonText.personId("person id", personId);
        PersonText.present("state", state);
        reason = Objects.requireNonNullElse(reason, PresenceReason.NONE);
        nextReason = Objects.requireNonNullElse(nextReason, PresenceReason.NONE);
        PersonText.present("source", source);
        substitutes = List.copyOf(Objects.requireNonNullElse(substitutes, List.of()));
        if (routable && state != PresenceState.AVAILABLE) {
            throw new IllegalArgumentException("only AVAILABLE can be routable, not " + state);
        }
        if (state == PresenceState.AVAILABLE && reason != PresenceReason.NONE) {
            throw new IllegalArgumentException("AVAILABLE takes no reason, got " + reason);
        }
        if ((until == null) != (next == null)) {
            throw new IllegalArgumentException("until and next state go together: until=" + until
                    + ", next=" + next);
        }
        if (until == null && nextReason != PresenceReason.NONE) {
            throw new IllegalArgumentException("a next reason needs an until time");
        }
    }

    /** {@return the view every other person may see: private reasons replaced by their public alias} */
    public PresenceView publicView() {
        PresenceState publicState = reason.isPrivate() ? PresenceState.AWAY : state;
        PresenceState publicNext = nextReason.isPrivate() ? PresenceState.AWAY : next;
        return new PresenceView(personId, publicState, routable, reason.publicAlias(), until, publicNext,
                nextReason.publicAlias(), substitutes, source, since, confirmedAt);
    }

    /**
     * {@return true if both say the same thing to a viewer, ignoring only the freshness {@code confirmedAt}}
     * A source re-confirming an unchanged state is not a presence change.
     */
    public boolean sameMeaningAs(Presence other) {
        return other != null && personId.equals(other.personId) && state == other.state
                && routable == other.routable && reason == other.reason && Objects.equals(until, other.until)
                && next == other.next && nextReason == other.nextReason
                && substitutes.equals(other.substitutes) && source == other.source
                && Objects.equals(since, other.since);
    }
}
