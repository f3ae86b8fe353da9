package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Each person's ordered substitutes ("ask Karin instead"). Only touched under the engine's lock.
 * <p>
 * A person cannot be their own substitute and substitutes must be in the directory. Mutual substitutes
 * (Karin covers Anders, Anders covers Karin) are normal cover and allowed; whoever walks the links must
 * therefore cut cycles, as {@link HelpFinder} does.
 */
final class SubstituteLists {

    /** Most substitutes one person may name; a switchboard reads them out one by one. */
    static final int MAX_SUBSTITUTES = 20;

    private static final System.Logger LOG = System.getLogger(SubstituteLists.class.getName());

    private final Map<String, List<String>> byPerson = new HashMap<>();

    /** {@return the person's substitutes in order, empty if none} */
    List<String> of(String personId) {
        return byPerson.getOrDefault(personId, List.of());
    }

    /**
     * Replaces a person's substitutes; duplicates are dropped (first kept).
     *
     * @throws IllegalArgumentException for a blank, unknown or self id, or more than {@value #MAX_SUBSTITUTES}
     */
    void set(String personId, List<String> substituteIds, Predicate<String> inDirectory) {
        Objects.requireNonNull(substituteIds, "substitute ids must not be null");
        Set<String> ordered = new LinkedHashSet<>();
        for (String raw : substituteIds) {
            String id = raw == null ? "" : raw.strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("a substitute id of " + personId + " is blank");
            }
            if (id.equals(personId)) {
                throw new IllegalArgumentException(personId + " cannot be their own substitute");
            }
            if (!inDirectory.test(id)) {
                throw new IllegalArgumentException("substitute '" + ReportRules.printable(id) + "' of " + personId
                        + " is not in the directory");
            }
            if (!ordered.add(id)) {
                LOG.log(Level.INFO, "Substitute {0} of {1} was named twice; kept the first", id, personId);
            }
        }
        if (ordered.size() > MAX_SUBSTITUTES) {
            throw new IllegalArgumentException(personId + " names " + ordered.size() + " substitutes; at most "
                    + MAX_SUBSTITUTES + " are allowed");
        }
        if (ordered.isEmpty()) {
            byPerson.remove(personId);
        } else {
            byPerson.put(personId, List.copyOf(ordered));
        }
    }

    /** {@return one line per dropped link} Drops people who left the directory, as owners and as substitutes. */
    List<String> retainDirectory(Predicate<String> inDirectory) {
        List<String> dropped = new ArrayList<>();
        byPerson.keySet().removeIf(owner -> !inDirectory.test(owner));
        byPerson.replaceAll((owner, substitutes) -> {
            List<String> kept = substitutes.stream().filter(inDirectory).toList();
            substitutes.stream().filter(inDirectory.negate()).forEach(gone -> dropped.add(
                    "substitute " + gone + " of " + owner + " left the directory; dropped"));
            return kept;
        });
        byPerson.values().removeIf(List::isEmpty);
        return dropped;
    }
}
