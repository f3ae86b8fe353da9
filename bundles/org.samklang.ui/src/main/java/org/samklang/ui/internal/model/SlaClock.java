package org.samklang.ui.internal.model;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.QueueFigures;

/**
 * How close each waiting conversation is to its service-level target time, for the list's SLA colouring and its
 * "At risk" view. The targets come from the queues (the first queue of each media type: the desk's queues are per
 * media type unless routing.json says otherwise). A conversation nobody has answered yet (new, queued, offered) is
 * at risk once {@value #AT_RISK_PERCENT} % of its target has passed since it opened, breached past the target;
 * answered and closed conversations have no SLA standing. Thread-safe: targets are replaced as a whole.
 */
public final class SlaClock {

    /** Share of the target time after which waiting work counts as at risk. */
    public static final int AT_RISK_PERCENT = 80;

    private volatile Map<MediaType, Duration> targets = Map.of();

    /** Takes the target time of the first queue of each media type from the latest queue figures. */
    public void update(List<QueueFigures> queues) {
        Map<MediaType, Duration> latest = new EnumMap<>(MediaType.class);
        for (QueueFigures queue : queues) {
            latest.putIfAbsent(queue.mediaType(), queue.targetTime());
        }
        targets = Map.copyOf(latest);
    }

    /** {@return whether any target is known yet (the queue service may not be there)} */
    public boolean knowsTargets() {
        return !targets.isEmpty();
    }

    /** {@return the SLA tone of a conversation at {@code now}: GOOD, WARNING (at risk), ERROR (breached), NORMAL} */
    public Tone tone(Conversation conversation, Instant now) {
        Duration target = targets.get(conversation.mediaType());
        if (target == null || !conversation.state().awaitsAnswer()) {
            return Tone.NORMAL;
        }
        Duration waited = Duration.between(conversation.openedAt(), now);
        if (waited.compareTo(target) > 0) {
            return Tone.ERROR; // past the target; a wait of exactly the target still met it, as the figures count
        }
        return waited.compareTo(riskAfter(target)) >= 0 ? Tone.WARNING : Tone.GOOD;
    }

    /**
     * {@return for each media type with a target, the instant before which an unanswered conversation that opened
     * is at risk at {@code now}} Empty when no target is known, which the list shows as "no targets yet".
     */
    public Map<MediaType, Instant> atRiskOpenedBefore(Instant now) {
        Map<MediaType, Instant> since = new EnumMap<>(MediaType.class);
        targets.forEach((media, target) -> since.put(media, now.minus(riskAfter(target))));
        return since;
    }

    private static Duration riskAfter(Duration target) {
        return target.multipliedBy(AT_RISK_PERCENT).dividedBy(100);
    }
}
