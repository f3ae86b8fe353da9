package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An active overflow episode of one queue: its contacts are being overflowed to {@link #kind()}
 * (and {@link #targetId()}) since {@link #since()}, shown as e.g. "Sales &rarr; partner since 10:42".
 * <p>
 * An episode starts with the first contact that overflows by a rule. It lasts while contacts keep overflowing by
 * that rule (one within the last rule time, at least a minute) or while contacts still wait at least half the rule
 * time, so it neither flickers between contacts nor vanishes the moment voicemail empties the queue.
 * Overflow is reported separately from service level.
 * Immutable; the compact constructor checks that a target id is present exactly when the kind needs one.
 *
 * @param queueId   the overflowing (source) queue
 * @param kind      where contacts go
 * @param targetId  the target queue id ({@link Kind#QUEUE}) or partner group ({@link Kind#PARTNER});
 *                  empty for voicemail and callback
 * @param since     when the episode began
 * @param contacts  contacts overflowed by this rule during the episode, at least 1
 */
public record OverflowState(String queueId, Kind kind, Optional<String> targetId, Instant since, int contacts) {

    /** Where an overflowing contact goes. */
    public enum Kind {

        /** Also eligible in another queue (it keeps its place in its own). */
        QUEUE,
        /** Also eligible for an overflow partner's agents (an outsourcer), identified by a group tag. */
        PARTNER,
        /** Leaves the queue for voicemail. */
        VOICEMAIL,
        /** The customer is offered a callback and keeps their place in the queue. */
        CALLBACK;

        /** Whether this kind names a target queue or partner group. */
        public boolean hasTarget() {
            return this == QUEUE || this == PARTNER;
        }
    }

    public OverflowState {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(since, "since");
        if (kind.hasTarget() != targetId.isPresent()) {
            throw new IllegalArgumentException("overflow of " + kind + " " + (kind.hasTarget()
                    ? "needs a target id"
                    : "takes no target id"));
        }
        if (contacts < 1) {
            throw new IllegalArgumentException("an overflow episode has at least 1 contact, was " + contacts);
        }
    }
}
