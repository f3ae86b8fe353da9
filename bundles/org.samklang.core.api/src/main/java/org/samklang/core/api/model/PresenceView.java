package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The public view of a person's presence: what colleagues, the switchboard and the directory see.
 * <p>
 * It cannot carry a private reason: the compact constructor rejects one. Obtain it from
 * {@link Presence#publicView()}, which shows a private reason (sick, vacation) as the state
 * {@link PresenceState#AWAY} with the reason {@link PresenceReason#UNAVAILABLE}, keeping the until time
 * so the switchboard can still say when the person is back.
 *
 * @param personId    whose presence this is
 * @param state       the state others see
 * @param routable    whether routing may offer work; only ever true when the state is {@code AVAILABLE}
 * @param reason      a public reason code, {@code NONE} when none
 * @param until       when this state is expected to change, or null
 * @param next        the state expected from {@code until} on; null exactly when {@code until} is null
 * @param nextReason  the public reason expected from {@code until} on, {@code NONE} when none
 * @param substitutes ids of the people to ask instead, in order
 * @param source      the source that decided this state
 * @param since       when the deciding report's state took effect, or null if no source ever reported
 * @param confirmedAt when the deciding source last confirmed it, or null
 */
public record PresenceView(String personId, PresenceState state, boolean routable, PresenceReason reason,
        Instant until, PresenceState next, PresenceReason nextReason, List<String> substitutes,
        PresenceSourceKind source, Instant since, Instant confirmedAt) {

    public PresenceView {
        PersonText.present("person id", personId);
        PersonText.present("state", state);
        PersonText.present("reason", reason);
        PersonText.present("next reason", nextReason);
        PersonText.present("source", source);
        substitutes = List.copyOf(Objects.requireNonNullElse(substitutes, List.of()));
        if (reason.isPrivate() || nextReason.isPrivate()) {
            throw new IllegalArgumentException("a public view must not carry a private reason; use "
                    + "Presence.publicView()");
        }
        if (routable && state != PresenceState.AVAILABLE) {
            throw new IllegalArgumentException("only AVAILABLE can be routable, not " + state);
        }
        if ((until == null) != (next == null)) {
            throw new IllegalArgumentException("until and next state go together");
        }
    }

    /** {@return true if the person can take a call or question now (state {@code AVAILABLE})} */
    public boolean isAvailable() {
        return state == PresenceState.AVAILABLE;
    }
}
