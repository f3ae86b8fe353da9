package org.samklang.core.internal.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Offer;

/**
 * A contact the engine routes, from arrival until it is completed, abandoned or sent to voicemail.
 * Mutable, owned by the engine's driving thread. Its order key ({@link #deadlineMillis}, {@link #seq}) never
 * changes, so it may sit in several sorted sets at once.
 */
final class WorkItem {

    enum State {
        WAITING, OFFERED, HANDLING
    }

    /** Most urgent first: earliest virtual deadline, then earliest arrival. */
    static final Comparator<WorkItem> BY_URGENCY = (a, b) -> {
        int byDeadline = Long.compare(a.deadlineMillis, b.deadlineMillis);
        return byDeadline != 0 ? byDeadline : Long.compare(a.seq, b.seq);
    };

    final String id;
    final QueueState queue;
    final long seq;
    final Instant arrivedAt;
    final long deadlineMillis;
    /** Pools in which the contact is eligible: its own queue first, then overflow targets in step order. */
    final List<RoutingPool> pools = new ArrayList<>(2);

    State state = State.WAITING;
    AgentState agent;
    Offer offer;
    TimerQueue.Timer offerTimer;
    TimerQueue.Timer overflowTimer;
    int nextOverflowStep;
    boolean firstResponseRecorded;
    /** When an agent answered it; null while it waits. Its handle time counts from here. */
    Instant answeredAt;
    /** Agents who declined it, with the epoch millis until which it is not re-offered to them. Usually null. */
    private Map<AgentState, Long> declinedUntil;

    WorkItem(String id, QueueState queue, long seq, Instant arrivedAt, int priority) {
        this.id = id;
        this.queue = queue;
        this.seq = seq;
        this.arrivedAt = arrivedAt;
        this.deadlineMillis = Urgency.deadlineMillis(arrivedAt.toEpochMilli(), queue.definition.target().threshold(),
                priority);
        pools.add(queue.pool);
    }

    MediaType mediaType() {
        return queue.definition.mediaType();
    }

    String queueId() {
        return queue.definition.id();
    }

    void excludeUntil(AgentState decliner, long untilMillis) {
        if (declinedUntil == null) {
            declinedUntil = new HashMap<>(4);
        }
        declinedUntil.put(decliner, untilMillis);
    }

    void endExclusion(AgentState decliner) {
        if (declinedUntil != null) {
            declinedUntil.remove(decliner);
        }
    }

    boolean excludes(AgentState candidate, long nowMillis) {
        if (declinedUntil == null) {
            return false;
        }
        Long until = declinedUntil.get(candidate);
        return until != null && nowMillis < until;
    }
}
