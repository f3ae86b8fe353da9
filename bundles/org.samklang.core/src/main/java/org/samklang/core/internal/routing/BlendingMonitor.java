package org.samklang.core.internal.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.samklang.core.internal.routing.RoutingDecision.BlendingChanged;
import org.samklang.core.internal.sla.IntervalFigures;
import org.samklang.core.internal.sla.QueueStatistics;

/**
 * Switches blending into a queue on when its service level is at risk and off when it has recovered, by the
 * engine's {@link BlendingRule}. Switching re-sorts only the queue's blend-eligible agents.
 */
final class BlendingMonitor {

    private final RoutingContext context;
    private final Matcher matcher;

    BlendingMonitor(RoutingContext context, Matcher matcher) {
        this.context = context;
        this.matcher = matcher;
    }

    /** Re-evaluates every blending queue; called on each tick. */
    void evaluate() {
        BlendingRule rule = context.settings.blending();
        for (QueueState queue : context.queues.values()) {
            if (!rule.appliesTo().contains(queue.definition.mediaType())) {
                continue;
            }
            boolean active = queue.pool.blendingActive;
            if (!active && atRisk(queue, rule)) {
                switchBlending(queue, true);
            } else if (active && recovered(queue, rule)) {
                switchBlending(queue, false);
            }
        }
    }

    private boolean atRisk(QueueState queue, BlendingRule rule) {
        if (longestWaitShare(queue) > rule.atRiskWaitShare()) {
            return true;
        }
        OptionalDouble serviceLevel = trustedServiceLevel(queue, rule);
        return serviceLevel.isPresent() && serviceLevel.getAsDouble() < queue.definition.target().percent();
    }

    private boolean recovered(QueueState queue, BlendingRule rule) {
        if (longestWaitShare(queue) > rule.recoveredWaitShare()) {
            return false;
        }
        OptionalDouble serviceLevel = trustedServiceLevel(queue, rule);
        return serviceLevel.isEmpty()
                || serviceLevel.getAsDouble() >= queue.definition.target().percent() + rule.recoveryMarginPercent();
    }

    private double longestWaitShare(QueueState queue) {
        Duration longestWait = queue.statistics.longestWait(context.now());
        return (double) longestWait.toMillis() / queue.definition.target().threshold().toMillis();
    }

    /** The running interval's service level, if the rule uses it and enough contacts back it. */
    private OptionalDouble trustedServiceLevel(QueueState queue, BlendingRule rule) {
        if (!rule.useServiceLevel()) {
            return OptionalDouble.empty();
        }
        QueueStatistics statistics = queue.statistics;
        IntervalFigures interval = statistics.currentInterval(context.now());
        if (interval.offered() < rule.minimumContacts()) {
            return OptionalDouble.empty();
        }
        return interval.serviceLevelPercent(statistics.settings().variant());
    }

    private void switchBlending(QueueState queue, boolean active) {
        RoutingPool pool = queue.pool;
        pool.blendingActive = active;
        context.emit(new BlendingChanged(queue.definition.id(), active));
        List<AgentState> blenders = new ArrayList<>();
        for (PoolMembership member : pool.members) {
            if (member.agent.profile.blendEligible()) {
                matcher.refresh(member.agent);
                blenders.add(member.agent);
            }
        }
        if (active) {
            for (AgentState agent : blenders) {
                matcher.matchAgent(agent);
            }
        }
    }
}
