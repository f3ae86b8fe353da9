package org.samklang.core.internal.routing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.SkillRequirement;

/**
 * An agent as routing sees them. Immutable; the {@code with...} methods return changed copies.
 * <p>
 * An agent in a partner group is an overflow partner's agent (an outsourcer's): they are offered only
 * contacts that overflowed to their group, never a queue's own contacts, and their skills are not checked
 * (the partner's contract decides what they handle).
 *
 * @param id               unique, not blank
 * @param skills           skill name to level 1-10
 * @param capacity         per-media-type capacity overriding the engine's default; none negative
 * @param blendEligible    whether the agent may be pulled into an at-risk queue while busy with other work
 * @param partnerGroup     the overflow partner group tag, empty for own staff
 */
public record AgentProfile(String id, Map<String, Integer> skills, Map<MediaType, Integer> capacity,
        boolean blendEligible, Optional<String> partnerGroup) {

    public AgentProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnerGroup, "partnerGroup");
        if (id.isBlank()) {
            throw new IllegalArgumentException("agent id must not be blank");
        }
        skills.forEach((skill, level) -> SkillRequirement.requireLevel(skill, Objects.requireNonNull(level, skill)));
        capacity.forEach(RoutingSettings::requireCapacity);
        if (partnerGroup.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("partner group of agent " + id + " must not be blank");
        }
        skills = Map.copyOf(skills);
        capacity = Map.copyOf(capacity);
    }

    /** Own staff without skills, with the default capacities, not blend-eligible. */
    public static AgentProfile of(String id) {
        return new AgentProfile(id, Map.of(), Map.of(), false, Optional.empty());
    }

    public AgentProfile withSkill(String skill, int level) {
        Map<String, Integer> changed = new HashMap<>(skills);
        changed.put(skill, level);
        return new AgentProfile(id, changed, capacity, blendEligible, partnerGroup);
    }

    public AgentProfile withCapacity(MediaType media, int contacts) {
        Map<MediaType, Integer> changed = new EnumMap<>(MediaType.class);
        changed.putAll(capacity);
        changed.put(media, contacts);
        return new AgentProfile(id, skills, changed, blendEligible, partnerGroup);
    }

    public AgentProfile withBlendEligible(boolean eligible) {
        return new AgentProfile(id, skills, capacity, eligible, partnerGroup);
    }

    public AgentProfile inPartnerGroup(String group) {
        return new AgentProfile(id, skills, capacity, blendEligible, Optional.of(group));
    }
}
