package org.samklang.core.internal.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.internal.routing.OverflowRule;
import org.samklang.core.internal.routing.QueueDefinition;
import org.samklang.core.internal.routing.RoutingSettings;

/**
 * A desk's routing configuration: the engine's settings (capacities, offer timeouts...), the queues, which
 * channels feed which queue, and who is an agent. Read from {@code routing.json} in the data directory by
 * {@link RoutingConfigReader}; {@link #defaults(ZoneId)} when there is none.
 *
 * @param settings      capacities, interrupt matrix, offer timeouts, blending and service-level settings
 * @param queues        the queues, at least one per media type that has traffic; ids unique
 * @param channelQueues channel id to queue id for channels that do not go to their media type's first queue
 * @param agents        who is an agent
 */
public record DeskRouting(RoutingSettings settings, List<QueueDefinition> queues, Map<String, String> channelQueues,
        AgentRules agents) {

    /** The overflow partner group of the default phone queue. */
    public static final String PARTNER_GROUP = "partner";

    public DeskRouting {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(agents, "agents");
        queues = List.copyOf(queues);
        channelQueues = Map.copyOf(channelQueues);
        Set<String> ids = new HashSet<>();
        for (QueueDefinition queue : queues) {
            if (!ids.add(queue.id())) {
                throw new IllegalArgumentException("queue id '" + queue.id() + "' is used twice");
            }
        }
        for (QueueDefinition queue : queues) {
            queue.overflowRules().stream().filter(r -> r.kind() == OverflowState.Kind.QUEUE)
                    .forEach(r -> requireQueue(ids, r.targetId().orElseThrow(), "queue " + queue.id()
                            + " overflows to"));
        }
        channelQueues.forEach((channel, queue) -> requireQueue(ids, queue, "channel " + channel + " goes to"));
    }

    /**
     * One queue per media type with the field's usual targets; the phone overflows to a partner, then voicemail.
     * They have no name: the desktop names an unnamed queue by its media type, in the user's language.
     */
    public static DeskRouting defaults(ZoneId zone) {
        List<QueueDefinition> queues = List.of(
                QueueDefinition.of("voice", "", MediaType.VOICE)
                        .withOverflow(OverflowRule.toPartner(Duration.ofSeconds(90), PARTNER_GROUP))
                        .withOverflow(OverflowRule.toVoicemail(Duration.ofMinutes(5))),
                QueueDefinition.of("email", "", MediaType.EMAIL),
                QueueDefinition.of("chat", "", MediaType.CHAT),
                QueueDefinition.of("social", "", MediaType.SOCIAL));
        return new DeskRouting(RoutingSettings.defaults(zone), queues, Map.of(), AgentRules.defaults());
    }

    /**
     * The queue a conversation on {@code channelId} waits in: the channel's configured queue, else the first queue
     * of its media type, else the first queue at all (so work is never dropped for want of a queue).
     */
    public String queueFor(String channelId, MediaType media) {
        String configured = channelQueues.get(channelId);
        if (configured != null) {
            return configured;
        }
        return queues.stream().filter(q -> q.mediaType() == media).findFirst().or(() -> queues.stream().findFirst())
                .map(QueueDefinition::id).orElseThrow(() -> new IllegalStateException("no queue is configured"));
    }

    private static void requireQueue(Set<String> ids, String id, String what) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException(what + " unknown queue '" + id + "'");
        }
    }
}
