package org.samklang.core.internal.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samklang.core.api.model.Offer;

/**
 * The engine's whole state, shared by its parts, plus the decisions of the command being handled.
 * Owned by the engine's single driving thread.
 */
final class RoutingContext {

    final RoutingSettings settings;
    final Map<String, QueueState> queues = new LinkedHashMap<>();
    final Map<String, AgentState> agents = new HashMap<>();
    final Map<String, WorkItem> items = new HashMap<>();
    /** Partner pools by {@link #partnerPoolKey}. */
    final Map<String, RoutingPool> partnerPools = new LinkedHashMap<>();
    final Map<String, Offer> openOffers = new LinkedHashMap<>();
    final TimerQueue timers = new TimerQueue();
    private final List<RoutingDecision> decisions = new ArrayList<>();
    private Instant now;
    private long nowMillis;
    private long nextSeq;

    RoutingContext(RoutingSettings settings, Instant start) {
        this.settings = settings;
        this.now = start;
        this.nowMillis = start.toEpochMilli();
    }

    /** Moves the engine's time forward; a clock that steps back is ignored so deadlines stay ordered. */
    void advanceTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
            nowMillis = instant.toEpochMilli();
        }
    }

    Instant now() {
        return now;
    }

    long nowMillis() {
        return nowMillis;
    }

    long nextSeq() {
        return nextSeq++;
    }

    void emit(RoutingDecision decision) {
        decisions.add(decision);
    }

    List<RoutingDecision> drainDecisions() {
        if (decisions.isEmpty()) {
            return List.of();
        }
        List<RoutingDecision> drained = List.copyOf(decisions);
        decisions.clear();
        return drained;
    }

    static String partnerPoolKey(String group, Object mediaType) {
        return "partner:" + group + "/" + mediaType;
    }
}
