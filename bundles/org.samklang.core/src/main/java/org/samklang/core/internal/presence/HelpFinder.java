package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.Substitute;
import org.samklang.core.api.model.Substitute.Relation;

/**
 * Answers "who else can help?" for the switchboard: the person's own substitutes in their order (whatever
 * their state, so the operator sees that Karin is away too), then substitutes of substitutes who are
 * available now, then available colleagues sharing a group or function (most shared groups first, then
 * alphabetical). Each colleague is listed once; the person never; substitute cycles are followed once.
 */
final class HelpFinder {

    private static final System.Logger LOG = System.getLogger(HelpFinder.class.getName());

    private final PersonIndex index;
    private final SubstituteLists substitutes;
    private final Function<String, PresenceView> presenceNow;
    private final int maxDepth;

    HelpFinder(PersonIndex index, SubstituteLists substitutes, Function<String, PresenceView> presenceNow,
            int maxDepth) {
        this.index = index;
        this.substitutes = substitutes;
        this.presenceNow = presenceNow;
        this.maxDepth = maxDepth;
    }

    /** {@return the suggestions for the person, empty if the id is unknown} */
    List<Substitute> find(String personId) {
        int position = index.positionOf(personId);
        if (position < 0) {
            return List.of();
        }
        List<Substitute> help = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(personId);
        List<String> level = new ArrayList<>();
        for (String id : substitutes.of(personId)) {
            if (index.positionOf(id) >= 0 && seen.add(id)) {
                help.add(new Substitute(person(id), presenceNow.apply(id), Relation.SUBSTITUTE, ""));
                level.add(id);
            }
        }
        for (int depth = 2; depth <= maxDepth && !level.isEmpty(); depth++) {
            level = nextLevel(personId, level, seen, help);
        }
        addGroupColleagues(index.person(position), seen, help);
        return help;
    }

    private List<String> nextLevel(String personId, List<String> level, Set<String> seen, List<Substitute> help) {
        List<String> next = new ArrayList<>();
        for (String via : level) {
            for (String id : substitutes.of(via)) {
                if (!seen.add(id)) {
                    LOG.log(Level.DEBUG, "Substitutes of {0} lead back to {1} via {2}; not followed again",
                            personId, id, via);
                    continue;
                }
                if (index.positionOf(id) < 0) {
                    continue;
                }
                next.add(id);
                PresenceView presence = presenceNow.apply(id);
                if (presence.isAvailable()) {
                    help.add(new Substitute(person(id), presence, Relation.SUBSTITUTE_OF_SUBSTITUTE, via));
                }
            }
        }
        return next;
    }

    private void addGroupColleagues(Person person, Set<String> seen, List<Substitute> help) {
        Map<Integer, Integer> sharedGroups = new LinkedHashMap<>();
        Map<Integer, String> firstSharedGroup = new LinkedHashMap<>();
        for (String group : person.groups()) {
            for (int member : index.membersOf(group)) {
                if (!seen.contains(index.person(member).id())) {
                    sharedGroups.merge(member, 1, Integer::sum);
                    firstSharedGroup.putIfAbsent(member, group);
                }
            }
        }
        sharedGroups.keySet().stream()
                .sorted(Comparator.comparing((Integer member) -> -sharedGroups.get(member))
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(member -> {
                    Person colleague = index.person(member);
                    PresenceView presence = presenceNow.apply(colleague.id());
                    if (presence.isAvailable()) {
                        help.add(new Substitute(colleague, presence, Relation.SAME_GROUP,
                                firstSharedGroup.get(member)));
                    }
                });
    }

    private Person person(String id) {
        return index.person(index.positionOf(id));
    }
}
