package org.samklang.core.internal.routing;

import java.time.Instant;
import java.time.Duration;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.routing.RoutingCommand.FirstResponseSent;
import org.samklang.core.internal.routing.RoutingCommand.OfferAccepted;
import org.samklang.core.internal.routing.RoutingCommand.OfferDeclined;
import org.samklang.core.internal.routing.RoutingCommand.WorkAbandoned;
import org.samklang.core.internal.routing.RoutingCommand.WorkAnswered;
import org.samklang.core.internal.routing.RoutingCommand.WorkArrived;
import org.samklang.core.internal.routing.RoutingCommand.WorkCompleted;
import org.samklang.core.internal.routing.RoutingCommand.WorkEnded;
import org.samklang.core.internal.routing.RoutingDecision.OfferWithdrawn;
import org.samklang.core.internal.routing.RoutingDecision.Requeued;
import org.samklang.core.internal.routing.RoutingDecision.SetNotReady;

/**
 * A contact's life in the engine: arrival, offer outcomes, abandon, first response, completion.
 * Each command handler validates completely before it changes anything and returns null when it was applied,
 * or the reason it was rejected.
 */
final class WorkLifecycle {

    static final String DECLINED = "declined";
    static final String ABANDONED = "abandoned";
    static final String ANSWERED_ELSEWHERE = "answered-elsewhere";

    private final RoutingContext context;
    private final Matcher matcher;
    private final OverflowSteps overflow;

    WorkLifecycle(RoutingContext context, Matcher matcher, OverflowSteps overflow) {
        this.context = context;
        this.matcher = matcher;
        this.overflow = overflow;
    }

    String arrive(WorkArrived command) {
        QueueState queue = context.queues.get(command.queueId());
        if (queue == null) {
            return "unknown queue '" + command.queueId() + "'";
        }
        if (context.items.containsKey(command.itemId())) {
            return "duplicate work item id '" + command.itemId() + "': it is already in the engine";
        }
        int priority = command.priority().orElse(queue.definition.priority());
        if (priority < QueueDefinition.MIN_PRIORITY || priority > QueueDefinition.MAX_PRIORITY) {
            return "priority of '" + command.itemId() + "' must be 1-9, was " + priority;
        }
        Instant now = context.now();
        Instant arrivedAt = command.arrivedAt().filter(at -> !at.isAfter(now)).orElse(now);
        WorkItem item = new WorkItem(command.itemId(), queue, context.nextSeq(), arrivedAt, priority);
        context.items.put(item.id, item);
        queue.pool.waiting.add(item);
        queue.statistics.arrived(item.id, item.arrivedAt);
        overflow.scheduleNextStep(item);
        matcher.matchItem(item);
        return null;
    }

    String accept(OfferAccepted command) {
        WorkItem item = context.items.get(command.itemId());
        String rejection = checkOpenOffer(item, command.itemId(), command.agentId(), "accept");
        if (rejection != null) {
            return rejection;
        }
        AgentState agent = item.agent;
        matcher.closeOffer(item, true);
        item.state = WorkItem.State.HANDLING;
        item.answeredAt = context.now();
        context.timers.cancel(item.overflowTimer);
        item.overflowTimer = null;
        item.queue.statistics.answered(item.id, context.now());
        matcher.refresh(agent);
        matcher.matchAgent(agent);
        return null;
    }

    String decline(OfferDeclined command) {
        WorkItem item = context.items.get(command.itemId());
        String rejection = checkOpenOffer(item, command.itemId(), command.agentId(), "decline");
        if (rejection != null) {
            return rejection;
        }
        AgentState agent = item.agent;
        matcher.closeOffer(item, false);
        matcher.requeue(item);
        Duration cooldown = context.settings.declineCooldown();
        if (!cooldown.isZero()) {
            long until = context.nowMillis() + cooldown.toMillis();
            item.excludeUntil(agent, until);
            context.timers.schedule(until, TimerQueue.Kind.DECLINE_COOLDOWN, item, agent);
        }
        context.emit(new Requeued(item.id, item.queueId(), DECLINED));
        matcher.refresh(agent);
        matcher.matchItem(item);
        matcher.matchAgent(agent);
        return null;
    }

    String abandon(WorkAbandoned command) {
        WorkItem item = context.items.get(command.itemId());
        if (item == null) {
            return unknownItem(command.itemId());
        }
        if (item.state == WorkItem.State.HANDLING) {
            return "work item '" + item.id + "' was already answered; complete it instead of abandoning it";
        }
        AgentState agent = item.agent;
        if (item.state == WorkItem.State.OFFERED) {
            matcher.closeOffer(item, false);
            context.emit(new OfferWithdrawn(item.id, agent.id, ABANDONED));
        } else {
            matcher.withdraw(item);
        }
        forget(item);
        item.queue.statistics.abandoned(item.id, context.now());
        if (agent != null) {
            matcher.refresh(agent);
            matcher.matchAgent(agent);
        }
        return null;
    }

    String answeredElsewhere(WorkAnswered command) {
        WorkItem item = context.items.get(command.itemId());
        if (item == null || item.state == WorkItem.State.HANDLING) {
            return null;
        }
        AgentState agent = item.agent;
        if (item.state == WorkItem.State.OFFERED) {
            matcher.closeOffer(item, false);
            context.emit(new OfferWithdrawn(item.id, agent.id, ANSWERED_ELSEWHERE));
        } else {
            matcher.withdraw(item);
        }
        // Handled by nobody routing knows: it stays until it ends, so its handle time is counted, but takes no
        // agent's capacity.
        item.state = WorkItem.State.HANDLING;
        item.agent = null;
        item.answeredAt = context.now();
        context.timers.cancel(item.overflowTimer);
        item.overflowTimer = null;
        item.queue.statistics.answered(item.id, context.now());
        if (agent != null) {
            matcher.refresh(agent);
            matcher.matchAgent(agent);
        }
        return null;
    }

    String ended(WorkEnded command) {
        WorkItem item = context.items.get(command.itemId());
        if (item == null) {
            return null;
        }
        if (item.state != WorkItem.State.HANDLING) {
            return abandon(new WorkAbandoned(item.id));
        }
        Duration handled = Duration.between(item.answeredAt, context.now());
        return complete(new WorkCompleted(item.id, handled.isNegative() ? Duration.ZERO : handled, Duration.ZERO,
                Duration.ZERO));
    }

    String recordFirstResponse(FirstResponseSent command) {
        WorkItem item = context.items.get(command.itemId());
        if (item == null) {
            return unknownItem(command.itemId());
        }
        if (item.mediaType() == MediaType.VOICE) {
            return "first response applies to digital channels only; '" + item.id + "' is a call";
        }
        if (item.state != WorkItem.State.HANDLING) {
            return "work item '" + item.id + "' is " + describe(item.state) + "; only answered work gets a response";
        }
        if (item.firstResponseRecorded) {
            return "first response of '" + item.id + "' was already recorded";
        }
        item.firstResponseRecorded = true;
        item.queue.statistics.firstResponse(Duration.between(item.arrivedAt, context.now()), context.now());
        return null;
    }

    String complete(WorkCompleted command) {
        WorkItem item = context.items.get(command.itemId());
        if (item == null) {
            return unknownItem(command.itemId());
        }
        if (item.state != WorkItem.State.HANDLING) {
            return "work item '" + item.id + "' is " + describe(item.state) + "; only answered work can be completed";
        }
        AgentState agent = item.agent;
        context.items.remove(item.id);
        item.queue.statistics.completed(command.handleTime(), context.now());
        if (agent != null) {
            agent.removeLoad(item.mediaType(), context.nowMillis());
            matcher.refresh(agent);
            matcher.matchAgent(agent);
        }
        return null;
    }

    /** Ring-no-answer: the agent is set not ready and the contact goes back to its queue, keeping its place. */
    void offerTimedOut(WorkItem item) {
        AgentState agent = item.agent;
        matcher.closeOffer(item, false);
        agent.routable = false;
        context.emit(new SetNotReady(agent.id, RoutingSettings.NOT_RESPONDING));
        matcher.requeue(item);
        context.emit(new Requeued(item.id, item.queueId(), RoutingSettings.NOT_RESPONDING));
        matcher.refresh(agent);
        matcher.matchItem(item);
    }

    /** The decliner may be offered the contact again. */
    void declineCooldownEnded(WorkItem item, AgentState agent) {
        item.endExclusion(agent);
        if (context.items.get(item.id) == item && item.state == WorkItem.State.WAITING) {
            matcher.matchAgent(agent);
        }
    }

    /** Drops a contact that left the engine, with its timers. */
    void forget(WorkItem item) {
        context.items.remove(item.id);
        context.timers.cancel(item.overflowTimer);
        item.overflowTimer = null;
    }

    private String checkOpenOffer(WorkItem item, String itemId, String agentId, String verb) {
        if (!context.agents.containsKey(agentId)) {
            return "unknown agent '" + agentId + "'";
        }
        if (item == null) {
            return unknownItem(itemId);
        }
        if (item.state != WorkItem.State.OFFERED) {
            return "cannot " + verb + " '" + itemId + "': it is " + describe(item.state) + ", not offered";
        }
        if (!item.agent.id.equals(agentId)) {
            return "cannot " + verb + " '" + itemId + "': it is offered to agent '" + item.agent.id + "', not '"
                    + agentId + "'";
        }
        return null;
    }

    private static String unknownItem(String itemId) {
        return "unknown work item '" + itemId + "' (it never arrived or has already left the engine)";
    }

    private static String describe(WorkItem.State state) {
        return switch (state) {
            case WAITING -> "waiting";
            case OFFERED -> "being offered";
            case HANDLING -> "already answered";
        };
    }
}
