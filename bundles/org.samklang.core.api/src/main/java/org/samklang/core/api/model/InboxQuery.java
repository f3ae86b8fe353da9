package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.samklang.core.api.internal.Checks;

/**
 * Which conversations an inbox list shows; every view is ordered by last activity, newest first.
 *
 * @param view            which conversations
 * @param agentId         the agent whose conversations {@link View#MINE} shows; required for that view, ignored
 *                        otherwise
 * @param mediaType       only conversations on this media type, or all when empty
 * @param unansweredSince when not empty, only conversations nobody has answered yet (new, queued or offered) of
 *                        the listed media types that opened before the given instant: "SLA at risk" is this with
 *                        each media type's instant at now minus (say) 80 % of its service-level target time. Media
 *                        types not listed are left out.
 * @param queueIds        when present, only conversations routing placed in one of these queues ("my queues":
 *                        {@link org.samklang.core.api.QueueService#queuesOf}); a present empty set lists nothing.
 *                        Conversations routing has not placed yet are in no queue.
 */
public record InboxQuery(View view, Optional<String> agentId, Optional<MediaType> mediaType,
        Map<MediaType, Instant> unansweredSince, Optional<Set<String>> queueIds) {

    /** Most queues one filter may name: a desk has a handful, and each is one bound parameter. */
    public static final int MAX_QUEUES = 100;

    /** The inbox views. */
    public enum View {
        /** Open conversations assigned to the given agent. */
        MINE,
        /** Open conversations nobody is assigned to. */
        UNASSIGNED,
        /** All open conversations. */
        OPEN,
        /** Closed conversations (merged-away conversations are never listed). */
        CLOSED
    }

    public InboxQuery {
        Checks.notNull(view, "view");
        Checks.notNull(agentId, "agentId");
        Checks.notNull(mediaType, "mediaType");
        Checks.notNull(unansweredSince, "unansweredSince");
        Checks.notNull(queueIds, "queueIds");
        unansweredSince = unansweredSince.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(unansweredSince));
        // Sorted, so equal filters bind their parameters in the same order.
        queueIds = queueIds.map(ids -> Collections.unmodifiableSet(new TreeSet<>(ids)));
        if (queueIds.isPresent() && queueIds.get().size() > MAX_QUEUES) {
            throw new IllegalArgumentException("at most " + MAX_QUEUES + " queues, got " + queueIds.get().size());
        }
        if (queueIds.isPresent() && queueIds.get().stream().anyMatch(id -> id.isBlank())) {
            throw new IllegalArgumentException("queue ids must not be blank: " + queueIds.get());
        }
        if (view == View.MINE && agentId.filter(id -> !id.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("the MINE view needs an agent id");
        }
    }

    /** A view narrowed by media type and waiting time, in every queue. */
    public InboxQuery(View view, Optional<String> agentId, Optional<MediaType> mediaType,
            Map<MediaType, Instant> unansweredSince) {
        this(view, agentId, mediaType, unansweredSince, Optional.empty());
    }

    /** A view of every media type without a waiting-time filter. */
    public InboxQuery(View view, Optional<String> agentId) {
        this(view, agentId, Optional.empty(), Map.of());
    }

    /** The same view, only on {@code media} (or on every media type when empty). */
    public InboxQuery onMedia(Optional<MediaType> media) {
        return new InboxQuery(view, agentId, media, unansweredSince, queueIds);
    }

    /** The same view, only unanswered conversations opened before the instant given for their media type. */
    public InboxQuery unansweredSince(Map<MediaType, Instant> since) {
        return new InboxQuery(view, agentId, mediaType, since, queueIds);
    }

    /** The same view, only conversations in one of {@code queues} (or in any queue or none when empty). */
    public InboxQuery inQueues(Optional<Set<String>> queues) {
        return new InboxQuery(view, agentId, mediaType, unansweredSince, queues);
    }

    /** The conversations assigned to {@code agentId}. */
    public static InboxQuery mine(String agentId) {
        return new InboxQuery(View.MINE, Optional.of(Checks.notBlank(agentId, "agentId")));
    }

    /** A view that needs no agent. */
    public static InboxQuery of(View view) {
        return new InboxQuery(view, Optional.empty());
    }
}
