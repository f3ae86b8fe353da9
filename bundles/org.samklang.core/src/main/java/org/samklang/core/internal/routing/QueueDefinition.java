package org.samklang.core.internal.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.sla.ServiceLevelTarget;

/**
 * A queue as routing sees it. Immutable; the {@code with...} methods return changed copies.
 *
 * @param id             unique, not blank
 * @param name           display name
 * @param mediaType      the media type of all its contacts
 * @param requiredSkills skills an agent needs, each at its minimum level; no skill twice
 * @param priority       1 (lowest) to 9 (highest), default {@value #DEFAULT_PRIORITY}; see {@link Urgency}
 * @param target         service-level target, which also scales SLA ageing
 * @param overflowRules  overflow steps, kept sorted by their time
 */
public record QueueDefinition(String id, String name, MediaType mediaType, List<SkillRequirement> requiredSkills,
        int priority, ServiceLevelTarget target, List<OverflowRule> overflowRules) {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 9;
    public static final int DEFAULT_PRIORITY = 5;

    public QueueDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(target, "target");
        if (id.isBlank()) {
            throw new IllegalArgumentException("queue id must not be blank");
        }
        requiredSkills = List.copyOf(requiredSkills);
        Set<String> seen = new HashSet<>();
        for (SkillRequirement requirement : requiredSkills) {
            if (!seen.add(requirement.skill())) {
                throw new IllegalArgumentException("queue " + id + " requires skill '" + requirement.skill()
                        + "' twice");
            }
        }
        requirePriority(priority);
        List<OverflowRule> sorted = new ArrayList<>(overflowRules);
        sorted.sort(Comparator.comparing(OverflowRule::after));
        overflowRules = List.copyOf(sorted);
        for (OverflowRule rule : overflowRules) {
            if (rule.targetId().filter(id::equals).isPresent()) {
                throw new IllegalArgumentException("queue " + id + " cannot overflow to itself");
            }
        }
    }

    /** A queue with no required skills, default priority, the media type's default target and no overflow. */
    public static QueueDefinition of(String id, String name, MediaType mediaType) {
        return new QueueDefinition(id, name, mediaType, List.of(), DEFAULT_PRIORITY,
                ServiceLevelTarget.defaultFor(mediaType), List.of());
    }

    /** Checks a priority against 1-9. */
    public static int requirePriority(int priority) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be " + MIN_PRIORITY + "-" + MAX_PRIORITY
                    + ", was " + priority);
        }
        return priority;
    }

    public QueueDefinition withSkill(String skill, int minimumLevel) {
        List<SkillRequirement> skills = new ArrayList<>(requiredSkills);
        skills.add(new SkillRequirement(skill, minimumLevel));
        return new QueueDefinition(id, name, mediaType, skills, priority, target, overflowRules);
    }

    public QueueDefinition withPriority(int newPriority) {
        return new QueueDefinition(id, name, mediaType, requiredSkills, newPriority, target, overflowRules);
    }

    public QueueDefinition withTarget(ServiceLevelTarget newTarget) {
        return new QueueDefinition(id, name, mediaType, requiredSkills, priority, newTarget, overflowRules);
    }

    public QueueDefinition withOverflow(OverflowRule rule) {
        List<OverflowRule> rules = new ArrayList<>(overflowRules);
        rules.add(rule);
        return new QueueDefinition(id, name, mediaType, requiredSkills, priority, target, rules);
    }
}
