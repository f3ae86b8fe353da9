package org.samklang.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.samklang.core.api.model.Person;

/**
 * One person of a directory sync with the substitutes the directory holds for them ("ask Karin instead").
 * Immutable; substitute ids are kept in order, duplicates dropped (first kept).
 *
 * @param person        the person
 * @param substituteIds directory ids of the people to ask instead, in order; never the person themself, at most
 *                      {@value #MAX_SUBSTITUTES}; ids the directory does not contain are dropped by the core
 */
public record DirectoryEntry(Person person, List<String> substituteIds) {

    /** Most substitutes one person may name, as in {@code PresenceService#setMySubstitutes}. */
    public static final int MAX_SUBSTITUTES = 20;

    public DirectoryEntry {
        Checks.notNull(person, "person");
        Set<String> unique = new LinkedHashSet<>();
        for (String id : Checks.copyOf(substituteIds, "substituteIds of " + person.id())) {
            if (id.isBlank() || id.equals(person.id())) {
                throw new IllegalArgumentException("substitute of " + person.id() + " must be another person, got '"
                        + id + "'");
            }
            unique.add(id);
        }
        if (unique.size() > MAX_SUBSTITUTES) {
            throw new IllegalArgumentException(person.id() + " names " + unique.size() + " substitutes; at most "
                    + MAX_SUBSTITUTES + " are allowed");
        }
        substituteIds = List.copyOf(new ArrayList<>(unique));
    }

    /** A person without substitutes. */
    public static DirectoryEntry of(Person person) {
        return new DirectoryEntry(person, List.of());
    }
}
