package org.samklang.core.internal.routing;

import java.util.Comparator;

/**
 * One agent's eligibility for one pool, and their place in the pool's ready set. The sort key is a snapshot
 * taken when the membership enters the ready set, so changing the agent never corrupts the set: the engine
 * takes the membership out, changes the agent, and puts it back with a fresh snapshot.
 */
final class PoolMembership {

    /** Best first: highest skill fit, then fewest contacts in hand, then longest idle, then registration. */
    static final Comparator<PoolMembership> BY_SUITABILITY = (a, b) -> {
        if (a.fit != b.fit) {
            return Integer.compare(b.fit, a.fit);
        }
        if (a.loadKey != b.loadKey) {
            return Integer.compare(a.loadKey, b.loadKey);
        }
        if (a.idleSinceKey != b.idleSinceKey) {
            return Long.compare(a.idleSinceKey, b.idleSinceKey);
        }
        return Long.compare(a.agent.seq, b.agent.seq);
    };

    final AgentState agent;
    final RoutingPool pool;
    final int fit;
    int loadKey;
    long idleSinceKey;
    boolean ready;

    PoolMembership(AgentState agent, RoutingPool pool, int fit) {
        this.agent = agent;
        this.pool = pool;
        this.fit = fit;
    }

    void enterReadySet() {
        loadKey = agent.totalLoad;
        idleSinceKey = agent.idleSinceMillis;
        pool.ready.add(this);
        ready = true;
    }

    void leaveReadySet() {
        if (ready) {
            pool.ready.remove(this);
            ready = false;
        }
    }
}
