package org.samklang.core.internal.presence;

import java.time.Instant;

import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/**
 * What one source claims about a person at one instant, and which row of the precedence table it is.
 *
 * @param row         the precedence row that produced the claim
 * @param state       the claimed state
 * @param reason      the claimed reason
 * @param routable    whether the claim lets routing offer work
 * @param since       when the claimed state took effect (shown to users), null for "no source at all"
 * @param decidedAt   when the decision behind it was made: the manual change or the calendar entry start;
 *                    the later decision wins between manual and calendar
 * @param until       when this claim ends by itself, or null
 * @param source      the source kind shown to users
 * @param confirmedAt when the source last confirmed it, or null
 */
record PresenceClaim(PresencePrecedence row, PresenceState state, PresenceReason reason, boolean routable,
        Instant since, Instant decidedAt, Instant until, PresenceSourceKind source, Instant confirmedAt) {

    /** {@return true if a viewer would see a different state from this claim than from the other} */
    boolean looksDifferentFrom(PresenceClaim other) {
        return state != other.state || reason != other.reason || routable != other.routable;
    }
}
