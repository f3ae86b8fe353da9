package org.samklang.core.internal.routing;

import java.util.List;

import org.samklang.core.internal.routing.RoutingDecision.OfferCallback;
import org.samklang.core.internal.routing.RoutingDecision.Overflowed;
import org.samklang.core.internal.routing.RoutingDecision.ToVoicemail;

/**
 * Runs a contact's overflow steps by time: each waiting contact has at most one pending overflow timer, for
 * its next step, due at arrival + the step's time.
 */
final class OverflowSteps {

    private final RoutingContext context;
    private final Matcher matcher;
    private final PartnerPools partners;

    OverflowSteps(RoutingContext context, Matcher matcher, PartnerPools partners) {
        this.context = context;
        this.matcher = matcher;
        this.partners = partners;
    }

    /** Schedules the contact's next overflow step, if its queue has one left. */
    void scheduleNextStep(WorkItem item) {
        List<OverflowRule> rules = item.queue.definition.overflowRules();
        if (item.nextOverflowStep < rules.size()) {
            long due = item.arrivedAt.plus(rules.get(item.nextOverflowStep).after()).toEpochMilli();
            item.overflowTimer = context.timers.schedule(due, TimerQueue.Kind.OVERFLOW, item, null);
        }
    }

    /** The contact's next step came due. */
    void stepDue(WorkItem item) {
        item.overflowTimer = null;
        if (item.state == WorkItem.State.OFFERED) {
            // Do not pull a contact from under a ringing agent; decide when the offer ends.
            item.overflowTimer = context.timers.schedule(item.offer.expiresAt().toEpochMilli(),
                    TimerQueue.Kind.OVERFLOW, item, null);
            return;
        }
        int step = item.nextOverflowStep++;
        OverflowRule rule = item.queue.definition.overflowRules().get(step);
        item.queue.recordOverflow(step, context.now());
        switch (rule.kind()) {
            case QUEUE -> becomeEligible(item, context.queues.get(rule.targetId().orElseThrow()).pool, rule);
            case PARTNER -> becomeEligible(item, partners.poolFor(rule.targetId().orElseThrow(), item.mediaType()),
                    rule);
            case VOICEMAIL -> toVoicemail(item);
            case CALLBACK -> context.emit(new OfferCallback(item.id, item.queueId()));
        }
        if (context.items.get(item.id) == item) {
            scheduleNextStep(item);
        }
    }

    private void becomeEligible(WorkItem item, RoutingPool pool, OverflowRule rule) {
        context.emit(new Overflowed(item.id, item.queueId(), rule.kind(), rule.targetId().orElseThrow()));
        if (item.pools.contains(pool)) {
            return;
        }
        item.pools.add(pool);
        pool.waiting.add(item);
        matcher.matchItem(item);
    }

    private void toVoicemail(WorkItem item) {
        matcher.withdraw(item);
        context.items.remove(item.id);
        item.queue.statistics.overflowedOut(item.id, context.now());
        context.emit(new ToVoicemail(item.id, item.queueId()));
    }
}
