package org.samklang.core.api.model;

import java.util.Objects;

/**
 * A skill a queue requires, with the lowest level an agent must have to be offered its work.
 * <p>
 * Levels run from 1 (basic) to 10 (expert). Skill names are case-sensitive identifiers such as
 * {@code "swedish"} or {@code "billing"}; they are compared exactly.
 * Immutable; the compact constructor rejects a blank name or a level outside 1-10 with an
 * {@link IllegalArgumentException}.
 *
 * @param skill        the skill's name, not blank
 * @param minimumLevel the lowest accepted level, 1-10
 */
public record SkillRequirement(String skill, int minimumLevel) {

    /** Lowest skill level. */
    public static final int MIN_LEVEL = 1;
    /** Highest skill level. */
    public static final int MAX_LEVEL = 10;

    public SkillRequirement {
        Objects.requireNonNull(skill, "skill");
        if (skill.isBlank()) {
            throw new IllegalArgumentException("skill name must not be blank");
        }
        requireLevel(skill, minimumLevel);
    }

    /**
     * Checks a skill level against the 1-10 scale.
     *
     * @throws IllegalArgumentException naming the skill and the level when it is out of range
     */
    public static int requireLevel(String skill, int level) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level of skill '" + skill + "' must be "
                    + MIN_LEVEL + "-" + MAX_LEVEL + ", was " + level);
        }
        return level;
    }
}
