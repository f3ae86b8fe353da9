package org.samklang.core.internal.presence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceView;

/** Directory chores kept out of the engine: de-duplicating a directory load and paging a search. */
final class DirectorySearch {

    private DirectorySearch() {
    }

    /** {@return the people by id, first of each id kept}; one line per skipped entry goes to problems */
    static Map<String, Person> unique(Collection<Person> people, List<String> problems) {
        Map<String, Person> unique = new LinkedHashMap<>();
        int entry = 0;
        for (Person person : people) {
            entry++;
            if (person == null) {
                problems.add("entry " + entry + " is empty; skipped");
            } else if (unique.putIfAbsent(person.id(), person) != null) {
                problems.add("entry " + entry + " repeats person id '" + person.id() + "' ("
                        + person.displayName() + "); kept the first, skipped this one");
            }
        }
        return unique;
    }

    /**
     * {@return the requested page}: ranks by the index, keeps only available people if asked (the only
     * filter that needs presence, so it is evaluated only for text matches), counts them all, and builds
     * presence views for the page's hits only.
     */
    static PersonPage page(PersonIndex index, PersonQuery query, Predicate<String> availableNow,
            Function<String, PresenceView> presence) {
        int[] ranked = index.rank(query);
        if (query.availableNowOnly()) {
            ranked = Arrays.stream(ranked).filter(p -> availableNow.test(index.person(p).id())).toArray();
        }
        int from = Math.min(query.offset(), ranked.length);
        int to = Math.min(ranked.length, from + query.limit());
        List<PersonSearchHit> hits = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Person person = index.person(ranked[i]);
            hits.add(new PersonSearchHit(person, presence.apply(person.id())));
        }
        return new PersonPage(hits, from, ranked.length);
    }
}
