package org.samklang.core.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.samklang.core.api.model.MediaType;

/**
 * Where contacts of one media type meet the agents who may take them: a queue's own pool, or an overflow
 * partner group's pool. Keeps two indexes so that no decision scans: waiting contacts by urgency and ready
 * agents by suitability. A contact overflowed to another queue or a partner sits in several pools.
 */
final class RoutingPool {

    final String id;
    final MediaType mediaType;
    final TreeSet<WorkItem> waiting = new TreeSet<>(WorkItem.BY_URGENCY);
    final TreeSet<PoolMembership> ready = new TreeSet<>(PoolMembership.BY_SUITABILITY);
    /** Every eligible agent, ready or not. */
    final List<PoolMembership> members = new ArrayList<>();
    /** Whether blend-eligible agents busy with other work may be offered this pool's contacts now. */
    boolean blendingActive;

    RoutingPool(String id, MediaType mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    PoolMembership addMember(AgentState agent, int fit) {
        PoolMembership membership = new PoolMembership(agent, this, fit);
        members.add(membership);
        agent.memberships.add(membership);
        return membership;
    }
}
