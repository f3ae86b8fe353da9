package org.samklang.core.internal.routing;

import org.samklang.core.api.model.OverflowState;
import org.samklang.core.internal.routing.RoutingCommand.DefineQueue;
import org.samklang.core.internal.routing.RoutingCommand.RegisterAgent;
import org.samklang.core.internal.routing.RoutingCommand.RestoreFigures;
import org.samklang.core.internal.routing.RoutingCommand.SetAgentRoutable;
import org.samklang.core.internal.routing.RoutingDecision.Counted;
import org.samklang.core.internal.routing.RoutingDecision.OfferWithdrawn;
import org.samklang.core.internal.routing.RoutingDecision.Requeued;
import org.samklang.core.internal.sla.QueueStatistics;

/**
 * Queues and agents: defining queues, registering agents, presence changes. Eligibility (skills at their
 * levels, capacity above zero, own staff vs partner) is worked out here once, so routing decisions never
 * look at skills. Handlers return null when applied, or the reason they were rejected.
 */
final class Roster {

    static final String NOT_ROUTABLE = "not-routable";

    private final RoutingContext context;
    private final Matcher matcher;
    private final PartnerPools partners;

    Roster(RoutingContext context, Matcher matcher, PartnerPools partners) {
        this.context = context;
        this.matcher = matcher;
        this.partners = partners;
    }

    String defineQueue(DefineQueue command) {
        QueueDefinition definition = command.queue();
        if (context.queues.containsKey(definition.id())) {
            return "duplicate queue id '" + definition.id() + "'";
        }
        for (OverflowRule rule : definition.overflowRules()) {
            if (rule.kind() != OverflowState.Kind.QUEUE) {
                continue;
            }
            QueueState target = context.queues.get(rule.targetId().orElseThrow());
            if (target == null) {
                return "queue '" + definition.id() + "' overflows to unknown queue '" + rule.targetId().orElseThrow()
                        + "'; define the target queue first";
            }
            if (target.definition.mediaType() != definition.mediaType()) {
                return "queue '" + definition.id() + "' (" + definition.mediaType() + ") cannot overflow to queue '"
                        + target.definition.id() + "' (" + target.definition.mediaType() + ")";
            }
        }
        QueueStatistics statistics = new QueueStatistics(definition.target(), context.settings.serviceLevel(),
                context.now());
        statistics.onCounted(outcome -> context.emit(new Counted(definition.id(), outcome)));
        QueueState queue = new QueueState(definition, statistics);
        context.queues.put(definition.id(), queue);
        for (AgentState agent : context.agents.values()) {
            joinIfQualified(agent, queue);
        }
        for (OverflowRule rule : definition.overflowRules()) {
            if (rule.kind() == OverflowState.Kind.PARTNER) {
                partners.poolFor(rule.targetId().orElseThrow(), definition.mediaType());
            }
        }
        return null;
    }

    String restoreFigures(RestoreFigures command) {
        QueueState queue = context.queues.get(command.queueId());
        if (queue == null) {
            return "unknown queue '" + command.queueId() + "'";
        }
        try {
            queue.statistics.restore(command.outcomes(), context.now());
        } catch (IllegalStateException e) {
            return "queue '" + command.queueId() + "': " + e.getMessage();
        }
        return null;
    }

    String registerAgent(RegisterAgent command) {
        AgentProfile profile = command.agent();
        if (context.agents.containsKey(profile.id())) {
            return "duplicate agent id '" + profile.id() + "'";
        }
        AgentState agent = new AgentState(profile, context.settings, context.nextSeq(), context.nowMillis());
        context.agents.put(agent.id, agent);
        if (agent.isPartner()) {
            partners.join(agent);
        } else {
            for (QueueState queue : context.queues.values()) {
                joinIfQualified(agent, queue);
            }
        }
        return null;
    }

    String setRoutable(SetAgentRoutable command) {
        AgentState agent = context.agents.get(command.agentId());
        if (agent == null) {
            return "unknown agent '" + command.agentId() + "'";
        }
        if (agent.routable == command.routable()) {
            return null;
        }
        agent.routable = command.routable();
        if (agent.routable) {
            becameRoutable(agent);
        } else {
            becameUnroutable(agent);
        }
        return null;
    }

    private void becameRoutable(AgentState agent) {
        if (agent.totalLoad == 0) {
            agent.idleSinceMillis = context.nowMillis();
        }
        matcher.refresh(agent);
        matcher.matchAgent(agent);
    }

    private void becameUnroutable(AgentState agent) {
        WorkItem ringing = agent.pendingOffer;
        if (ringing != null) {
            matcher.closeOffer(ringing, false);
            context.emit(new OfferWithdrawn(ringing.id, agent.id, NOT_ROUTABLE));
            matcher.requeue(ringing);
            context.emit(new Requeued(ringing.id, ringing.queueId(), NOT_ROUTABLE));
        }
        matcher.refresh(agent);
        if (ringing != null) {
            matcher.matchItem(ringing);
        }
    }

    private void joinIfQualified(AgentState agent, QueueState queue) {
        QueueDefinition definition = queue.definition;
        if (agent.capacity(definition.mediaType()) > 0 && agent.qualifiesFor(definition.requiredSkills())) {
            PoolMembership membership = queue.pool.addMember(agent, agent.fit(definition.requiredSkills()));
            if (matcher.canTake(agent, queue.pool)) {
                membership.enterReadySet();
            }
        }
    }
}
