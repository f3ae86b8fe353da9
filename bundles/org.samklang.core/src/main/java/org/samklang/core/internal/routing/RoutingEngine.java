package org.samklang.core.internal.routing;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.routing.RoutingCommand.DefineQueue;
import org.samklang.core.internal.routing.RoutingCommand.FirstResponseSent;
import org.samklang.core.internal.routing.RoutingCommand.OfferAccepted;
import org.samklang.core.internal.routing.RoutingCommand.OfferDeclined;
import org.samklang.core.internal.routing.RoutingCommand.RegisterAgent;
import org.samklang.core.internal.routing.RoutingCommand.RestoreFigures;
import org.samklang.core.internal.routing.RoutingCommand.SetAgentRoutable;
import org.samklang.core.internal.routing.RoutingCommand.Tick;
import org.samklang.core.internal.routing.RoutingCommand.WorkAbandoned;
import org.samklang.core.internal.routing.RoutingCommand.WorkAnswered;
import org.samklang.core.internal.routing.RoutingCommand.WorkArrived;
import org.samklang.core.internal.routing.RoutingCommand.WorkCompleted;
import org.samklang.core.internal.routing.RoutingCommand.WorkEnded;
import org.samklang.core.internal.routing.RoutingDecision.Rejected;

/**
 * The routing engine: skill-based routing with levels, capacity per media type and an interrupt matrix,
 * priority with SLA ageing, overflow by time, offers with decline and ring-no-answer, rebalancing and blending,
 * plus each queue's live service-level figures.
 * <p>
 * It is a library that decides and does not store: no I/O, no threads, no wall clock. Commands go in
 * through {@link #handle}, which returns the decisions they caused, in order; the caller carries them out
 * and persists what it must. Time comes from the {@link InstantSource} given at construction; deadlines that
 * have passed (offer timeouts, overflow steps) fire at the start of the next command, so send
 * {@link Tick} at least once a second (or at {@link #nextDueAt()}), which also re-evaluates blending. A clock
 * that steps back is ignored (engine time never runs backwards), so deadlines stay ordered.
 * <p>
 * <b>Not thread-safe; one thread drives it</b> (the desktop's routing thread, or the hub's per-team
 * actor). Calls never block and never throw for bad input that fits the command's shape: a command that does
 * not fit the engine's state (unknown ids, duplicates, events out of order) is answered with a single
 * {@link Rejected} decision, logged, and changes nothing. Each decision costs O(pools x log n): contacts are
 * indexed per pool by urgency and ready agents per pool by suitability.
 */
public final class RoutingEngine {

    private static final System.Logger LOG = System.getLogger(RoutingEngine.class.getName());

    private final InstantSource clock;
    private final RoutingContext context;
    private final Matcher matcher;
    private final Roster roster;
    private final WorkLifecycle work;
    private final OverflowSteps overflow;
    private final BlendingMonitor blending;

    public RoutingEngine(RoutingSettings settings, InstantSource clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.context = new RoutingContext(Objects.requireNonNull(settings, "settings"), clock.instant());
        this.matcher = new Matcher(context);
        PartnerPools partners = new PartnerPools(context, matcher);
        this.roster = new Roster(context, matcher, partners);
        this.overflow = new OverflowSteps(context, matcher, partners);
        this.work = new WorkLifecycle(context, matcher, overflow);
        this.blending = new BlendingMonitor(context, matcher);
    }

    /**
     * Applies one command at the clock's current time and returns the decisions it caused (possibly none),
     * after those of any deadline that had passed. Never null.
     */
    public List<RoutingDecision> handle(RoutingCommand command) {
        Objects.requireNonNull(command, "command");
        context.advanceTo(clock.instant());
        runDueTimers();
        String rejection = switch (command) {
            case DefineQueue define -> roster.defineQueue(define);
            case RegisterAgent register -> roster.registerAgent(register);
            case SetAgentRoutable routable -> roster.setRoutable(routable);
            case WorkArrived arrived -> work.arrive(arrived);
            case OfferAccepted accepted -> work.accept(accepted);
            case OfferDeclined declined -> work.decline(declined);
            case WorkAbandoned abandoned -> work.abandon(abandoned);
            case FirstResponseSent response -> work.recordFirstResponse(response);
            case WorkCompleted completed -> work.complete(completed);
            case WorkAnswered answered -> work.answeredElsewhere(answered);
            case WorkEnded ended -> work.ended(ended);
            case RestoreFigures restore -> roster.restoreFigures(restore);
            case Tick tick -> {
                blending.evaluate();
                yield null;
            }
        };
        if (rejection != null) {
            LOG.log(System.Logger.Level.WARNING, "routing command rejected: {0}: {1}", rejection, command);
            context.emit(new Rejected(command, rejection));
        }
        return context.drainDecisions();
    }

    /** Live figures of every queue, in definition order; O(queues). */
    public List<QueueFigures> queueFigures() {
        context.advanceTo(clock.instant());
        List<QueueFigures> figures = new ArrayList<>(context.queues.size());
        for (QueueState queue : context.queues.values()) {
            figures.add(FiguresView.of(queue, matcher.readyWithOfferRinging(queue.pool), context.now()));
        }
        return figures;
    }

    /** Live figures of one queue; empty for an unknown id. */
    public Optional<QueueFigures> queueFigures(String queueId) {
        context.advanceTo(clock.instant());
        QueueState queue = context.queues.get(queueId);
        return queue == null
                ? Optional.empty()
                : Optional.of(FiguresView.of(queue, matcher.readyWithOfferRinging(queue.pool), context.now()));
    }

    /** Every active overflow episode, by queue in definition order. */
    public List<OverflowState> overflowStates() {
        context.advanceTo(clock.instant());
        List<OverflowState> states = new ArrayList<>();
        for (QueueState queue : context.queues.values()) {
            states.addAll(queue.activeOverflows(context.now()));
        }
        return states;
    }

    /**
     * {@return the queues whose work the agent may be offered (skills met, capacity for their media type), in
     * definition order; empty for an unknown agent} Partner pools are not queues and never listed.
     */
    public List<String> queuesOf(String agentId) {
        AgentState agent = context.agents.get(agentId);
        if (agent == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (QueueState queue : context.queues.values()) {
            if (agent.memberships.stream().anyMatch(membership -> membership.pool == queue.pool)) {
                ids.add(queue.definition.id());
            }
        }
        return List.copyOf(ids);
    }

    /** Offers waiting for an answer, oldest first. */
    public List<Offer> openOffers() {
        return List.copyOf(context.openOffers.values());
    }

    /** When the next deadline (offer timeout, overflow step, decline cooldown) falls due; empty if none. */
    public Optional<Instant> nextDueAt() {
        var next = context.timers.nextDueMillis();
        return next.isPresent() ? Optional.of(Instant.ofEpochMilli(next.getAsLong())) : Optional.empty();
    }

    private void runDueTimers() {
        TimerQueue.Timer timer;
        while ((timer = context.timers.pollDue(context.nowMillis())) != null) {
            switch (timer.kind()) {
                case OFFER_TIMEOUT -> work.offerTimedOut(timer.item());
                case OVERFLOW -> overflow.stepDue(timer.item());
                case DECLINE_COOLDOWN -> work.declineCooldownEnded(timer.item(), timer.agent());
            }
        }
    }
}
