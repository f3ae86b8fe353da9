package org.samklang.core.internal.config;

import java.util.List;
import java.util.Locale;
import org.samklang.core.api.model.Person;
import org.samklang.core.internal.routing.AgentProfile;

/**
 * Who in the directory is a routable agent and how they are profiled: members of the listed departments or groups
 * are agents; every {@code blendEligibleEvery}-th agent also works email and may be pulled onto the phones at a
 * call peak (0 = nobody).
 *
 * @param departments        department names whose members are agents, matched case-insensitively
 * @param groups             group names whose members are agents, matched case-insensitively
 * @param blendEligibleEvery every n-th agent is blend-eligible; 0 turns blending off for all agents
 */
public record AgentRules(List<String> departments, List<String> groups, int blendEligibleEvery) {

    public AgentRules {
        departments = List.copyOf(departments);
        groups = List.copyOf(groups);
        if (blendEligibleEvery < 0) {
            throw new IllegalArgumentException("blendEligibleEvery must not be negative, was " + blendEligibleEvery);
        }
    }

    /** Customer service (Swedish and English department names) and the {@code agents} group; every third blends. */
    public static AgentRules defaults() {
        return new AgentRules(List.of("Kundtjänst", "Customer service"), List.of("agents"), 3);
    }

    public boolean isAgent(Person person) {
        return containsIgnoringCase(departments, person.department())
                || person.groups().stream().anyMatch(g -> containsIgnoringCase(groups, g));
    }

    /** The routing profile of the {@code index}-th agent found in the directory. */
    public AgentProfile profileOf(Person person, int index) {
        boolean blends = blendEligibleEvery > 0 && index % blendEligibleEvery == 0;
        return AgentProfile.of(person.id()).withBlendEligible(blends);
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(folded));
    }
}
