package org.samklang.core.internal.routing;

import java.time.Instant;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Offer;
import org.samklang.core.internal.routing.RoutingDecision.OfferWork;

/**
 * Pairs waiting contacts with ready agents and keeps the ready sets true.
 * <p>
 * Invariant after every command: an agent's membership is in a pool's ready set exactly when
 * {@link #canTake} holds, and no ready agent could be offered a waiting contact of their pools (except one
 * they recently declined). So a new contact only needs to look at its own pools' best agent, and an agent who
 * became free only at the most urgent contact of each of their pools: O(pools x log n), never a scan.
 */
final class Matcher {

    private final RoutingContext context;

    Matcher(RoutingContext context) {
        this.context = context;
    }

    /** Whether the agent may be offered a contact of this pool now: presence, capacity, interrupt matrix. */
    boolean canTake(AgentState agent, RoutingPool pool) {
        return agent.pendingOffer == null && hasRoom(agent, pool, null);
    }

    /**
     * {@return how many agents of the pool have an offer ringing and would have room for its work without it} They
     * are ready (the offer is not work in hand yet: an agent who just chose Ready is not "0 ready" because the next
     * contact already rings), just not free for another offer. O(open offers).
     */
    int readyWithOfferRinging(RoutingPool pool) {
        int ready = 0;
        for (Offer offer : context.openOffers.values()) {
            AgentState agent = context.agents.get(offer.agentId());
            if (agent != null && agent.pendingOffer != null && isMember(agent, pool)
                    && hasRoom(agent, pool, agent.pendingOffer.mediaType())) {
                ready++;
            }
        }
        return ready;
    }

    private static boolean isMember(AgentState agent, RoutingPool pool) {
        for (PoolMembership membership : agent.memberships) {
            if (membership.pool == pool) {
                return true;
            }
        }
        return false;
    }

    /** Presence, capacity and interrupt matrix, leaving out one contact of {@code ringing} (null: none). */
    private boolean hasRoom(AgentState agent, RoutingPool pool, MediaType ringing) {
        if (!agent.routable) {
            return false;
        }
        MediaType offered = pool.mediaType;
        if (load(agent, offered, ringing) >= agent.capacity(offered)) {
            return false;
        }
        int total = agent.totalLoad - (ringing == null ? 0 : 1);
        if (total == load(agent, offered, ringing)) {
            return true;
        }
        for (MediaType inHand : MediaType.values()) {
            if (inHand != offered && load(agent, inHand, ringing) > 0
                    && !interruptionAllowed(agent, pool, inHand)) {
                return false;
            }
        }
        return true;
    }

    private static int load(AgentState agent, MediaType media, MediaType ringing) {
        return agent.load(media) - (media == ringing ? 1 : 0);
    }

    private boolean interruptionAllowed(AgentState agent, RoutingPool pool, MediaType inHand) {
        return switch (context.settings.interruptMatrix().get(inHand, pool.mediaType)) {
            case NEVER -> false;
            case ALWAYS -> true;
            case WHEN_BLENDING -> agent.profile.blendEligible() && pool.blendingActive;
        };
    }

    /** Puts the agent back into the ready sets they now belong to, with a fresh sort key. */
    void refresh(AgentState agent) {
        for (PoolMembership membership : agent.memberships) {
            membership.leaveReadySet();
            if (canTake(agent, membership.pool)) {
                membership.enterReadySet();
            }
        }
    }

    /** Offers the contact to the best ready agent of its pools, own queue first; false if nobody can take it. */
    boolean matchItem(WorkItem item) {
        for (RoutingPool pool : item.pools) {
            for (PoolMembership candidate : pool.ready) {
                if (!item.excludes(candidate.agent, context.nowMillis())) {
                    offer(item, candidate.agent);
                    return true;
                }
            }
        }
        return false;
    }

    /** Offers the agent the most urgent contact of the pools they are ready in; false if there is none. */
    boolean matchAgent(AgentState agent) {
        WorkItem best = null;
        for (PoolMembership membership : agent.memberships) {
            if (!membership.ready) {
                continue;
            }
            for (WorkItem item : membership.pool.waiting) {
                if (best != null && WorkItem.BY_URGENCY.compare(item, best) >= 0) {
                    break;
                }
                if (!item.excludes(agent, context.nowMillis())) {
                    best = item;
                    break;
                }
            }
        }
        if (best == null) {
            return false;
        }
        offer(best, agent);
        return true;
    }

    private void offer(WorkItem item, AgentState agent) {
        for (RoutingPool pool : item.pools) {
            pool.waiting.remove(item);
        }
        MediaType media = item.mediaType();
        item.state = WorkItem.State.OFFERED;
        item.agent = agent;
        agent.pendingOffer = item;
        agent.addLoad(media);
        refresh(agent);
        Instant expiresAt = context.now().plus(context.settings.offerTimeout().get(media));
        Offer offer = new Offer(item.id, item.queueId(), media, agent.id, context.now(), expiresAt);
        item.offer = offer;
        item.offerTimer = context.timers.schedule(expiresAt.toEpochMilli(), TimerQueue.Kind.OFFER_TIMEOUT, item,
                agent);
        context.openOffers.put(item.id, offer);
        context.emit(new OfferWork(offer));
    }

    /**
     * Closes the item's open offer: the agent's reserved capacity is freed unless {@code keepLoad} (the offer was
     * accepted). The caller refreshes the agent and decides what happens to the item.
     */
    void closeOffer(WorkItem item, boolean keepLoad) {
        AgentState agent = item.agent;
        context.timers.cancel(item.offerTimer);
        item.offerTimer = null;
        item.offer = null;
        context.openOffers.remove(item.id);
        agent.pendingOffer = null;
        if (!keepLoad) {
            agent.removeLoad(item.mediaType(), context.nowMillis());
            item.agent = null;
        }
    }

    /** Puts a contact whose offer ended back into all its pools, keeping its arrival time and place. */
    void requeue(WorkItem item) {
        item.state = WorkItem.State.WAITING;
        item.agent = null;
        for (RoutingPool pool : item.pools) {
            pool.waiting.add(item);
        }
    }

    /** Takes a waiting contact out of every pool, e.g. when it is abandoned or sent to voicemail. */
    void withdraw(WorkItem item) {
        for (RoutingPool pool : item.pools) {
            pool.waiting.remove(item);
        }
    }
}
