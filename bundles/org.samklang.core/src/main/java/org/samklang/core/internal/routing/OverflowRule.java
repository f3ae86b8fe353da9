package org.samklang.core.internal.routing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.model.OverflowState.Kind;

/**
 * One overflow step of a queue: after {@code after} in the queue, a still-waiting contact overflows to
 * {@code kind}. To a queue or a partner group it becomes eligible there too and keeps its place (and its
 * urgency) in its own queue; to voicemail it leaves the queue; a callback offer leaves it in place.
 * A step that comes due while the contact is being offered waits until the offer ends.
 *
 * @param after    time in queue before the step, not negative
 * @param kind     where to
 * @param targetId the target queue id (same media type, defined earlier) or partner group tag;
 *                 empty for voicemail and callback
 */
public record OverflowRule(Duration after, Kind kind, Optional<String> targetId) {

    public OverflowRule {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        if (after.isNegative()) {
            throw new IllegalArgumentException("overflow time must not be negative, was " + after);
        }
        if (kind.hasTarget() != targetId.filter(id -> !id.isBlank()).isPresent()) {
            throw new IllegalArgumentException("overflow to " + kind + (kind.hasTarget()
                    ? " needs a non-blank target id"
                    : " takes no target id"));
        }
    }

    public static OverflowRule toQueue(Duration after, String queueId) {
        return new OverflowRule(after, Kind.QUEUE, Optional.of(queueId));
    }

    public static OverflowRule toPartner(Duration after, String partnerGroup) {
        return new OverflowRule(after, Kind.PARTNER, Optional.of(partnerGroup));
    }

    public static OverflowRule toVoicemail(Duration after) {
        return new OverflowRule(after, Kind.VOICEMAIL, Optional.empty());
    }

    public static OverflowRule offerCallback(Duration after) {
        return new OverflowRule(after, Kind.CALLBACK, Optional.empty());
    }
}
