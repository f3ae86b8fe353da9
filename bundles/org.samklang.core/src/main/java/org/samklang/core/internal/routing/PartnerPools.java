package org.samklang.core.internal.routing;

import org.samklang.core.api.model.MediaType;

/**
 * One pool per overflow partner group and media type. Every agent of the group with capacity for the media
 * type is a member, with equal fit, so ties go to the longest idle partner agent.
 */
final class PartnerPools {

    private static final int PARTNER_FIT = 0;

    private final RoutingContext context;
    private final Matcher matcher;

    PartnerPools(RoutingContext context, Matcher matcher) {
        this.context = context;
        this.matcher = matcher;
    }

    /** The group's pool for the media type, created (with its current agents as members) on first use. */
    RoutingPool poolFor(String group, MediaType mediaType) {
        String key = RoutingContext.partnerPoolKey(group, mediaType);
        RoutingPool pool = context.partnerPools.get(key);
        if (pool == null) {
            pool = new RoutingPool(key, mediaType);
            context.partnerPools.put(key, pool);
            for (AgentState agent : context.agents.values()) {
                if (agent.profile.partnerGroup().filter(group::equals).isPresent() && agent.capacity(mediaType) > 0) {
                    admit(agent, pool);
                }
            }
        }
        return pool;
    }

    /** Makes a newly registered partner agent a member of their group's existing pools. */
    void join(AgentState agent) {
        String group = agent.profile.partnerGroup().orElseThrow();
        for (MediaType mediaType : MediaType.values()) {
            RoutingPool pool = context.partnerPools.get(RoutingContext.partnerPoolKey(group, mediaType));
            if (pool != null && agent.capacity(mediaType) > 0) {
                admit(agent, pool);
            }
        }
    }

    private void admit(AgentState agent, RoutingPool pool) {
        PoolMembership membership = pool.addMember(agent, PARTNER_FIT);
        if (matcher.canTake(agent, pool)) {
            membership.enterReadySet();
        }
    }
}
