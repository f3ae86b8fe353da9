package org.samklang.core.internal.routing;

import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.SkillRequirement;

/**
 * An agent's routing state: presence (routable), work in hand per media type (an open offer counts, so
 * capacity is reserved while it rings), and the pools they are eligible for.
 * Mutable, owned by the engine's driving thread.
 */
final class AgentState {

    final AgentProfile profile;
    final String id;
    final long seq;
    private final int[] capacity = new int[MediaType.values().length];
    private final int[] load = new int[MediaType.values().length];
    final List<PoolMembership> memberships = new ArrayList<>();

    int totalLoad;
    boolean routable;
    WorkItem pendingOffer;
    /** When the agent last became free of all work or became routable, for "longest idle" ties. */
    long idleSinceMillis;

    AgentState(AgentProfile profile, RoutingSettings settings, long seq, long nowMillis) {
        this.profile = profile;
        this.id = profile.id();
        this.seq = seq;
        this.idleSinceMillis = nowMillis;
        for (MediaType media : MediaType.values()) {
            capacity[media.ordinal()] = profile.capacity().getOrDefault(media, settings.defaultCapacity().get(media));
        }
    }

    int capacity(MediaType media) {
        return capacity[media.ordinal()];
    }

    int load(MediaType media) {
        return load[media.ordinal()];
    }

    void addLoad(MediaType media) {
        load[media.ordinal()]++;
        totalLoad++;
    }

    void removeLoad(MediaType media, long nowMillis) {
        load[media.ordinal()]--;
        totalLoad--;
        if (totalLoad == 0) {
            idleSinceMillis = nowMillis;
        }
    }

    boolean isPartner() {
        return profile.partnerGroup().isPresent();
    }

    /** Whether own staff meets every requirement at its minimum level. */
    boolean qualifiesFor(List<SkillRequirement> requirements) {
        if (isPartner()) {
            return false;
        }
        for (SkillRequirement requirement : requirements) {
            Integer level = profile.skills().get(requirement.skill());
            if (level == null || level < requirement.minimumLevel()) {
                return false;
            }
        }
        return true;
    }

    /** Sum of the agent's levels in the required skills: higher is a better fit. */
    int fit(List<SkillRequirement> requirements) {
        int sum = 0;
        for (SkillRequirement requirement : requirements) {
            sum += profile.skills().getOrDefault(requirement.skill(), 0);
        }
        return sum;
    }
}
