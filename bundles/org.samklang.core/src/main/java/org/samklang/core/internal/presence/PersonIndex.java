package org.samklang.core.internal.presence;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;

/**
 * The people directory as an immutable prefix index, rebuilt whenever the directory is replaced.
 * <p>
 * People are kept in alphabetical order of the directory's language, and every folded word (name,
 * department, title, group) and every extension is a sorted term pointing at the people it belongs to.
 * A keystroke costs a binary search per typed word plus the people that match, never a scan of every
 * person with a pattern. Ranking: people matched on their name come first, then on extension, then on
 * department, then on title or group; within each, those whose name starts with the first typed word,
 * then alphabetical order.
 */
final class PersonIndex {

    /** Where a term came from; lower is a better match. Postings store {@code person * FIELDS + field}. */
    private static final int NAME = 0;
    private static final int EXTENSION = 1;
    private static final int DEPARTMENT = 2;
    private static final int OTHER = 3;
    private static final int FIELDS = 4;
    private static final int NO_MATCH = Integer.MAX_VALUE;

    private final Person[] people;
    private final String[] foldedNames;
    private final String[] foldedDepartments;
    private final Map<String, Integer> positionById;
    private final Map<String, int[]> membersByGroup;
    private final String[] terms;
    private final int[][] postings;

    /** Builds the index; {@code directory} must not hold two people with the same id. */
    PersonIndex(List<Person> directory, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        // One collation key per person: comparing keys is far cheaper than collating names pairwise.
        Map<Person, CollationKey> keys = new IdentityHashMap<>();
        directory.forEach(person -> keys.put(person, collator.getCollationKey(person.displayName())));
        people = directory.stream()
                .sorted(Comparator.comparing((Person person) -> keys.get(person)).thenComparing(Person::id))
                .toArray(Person[]::new);
        foldedNames = new String[people.length];
        foldedDepartments = new String[people.length];
        positionById = new HashMap<>();
        Map<String, List<Integer>> groups = new HashMap<>();
        TreeMap<String, List<Integer>> termPostings = new TreeMap<>();
        for (int position = 0; position < people.length; position++) {
            Person person = people[position];
            foldedNames[position] = TextFolding.fold(person.displayName());
            foldedDepartments[position] = TextFolding.fold(person.department());
            positionById.put(person.id(), position);
            addMembership(groups, person, position);
            addTerms(termPostings, position, person);
        }
        membersByGroup = toArrays(groups);
        terms = termPostings.keySet().toArray(String[]::new);
        postings = termPostings.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    Person person(int position) {
        return people[position];
    }

    /** {@return the position of the person, or -1 if the id is not in the directory} */
    int positionOf(String personId) {
        Integer position = personId == null ? null : positionById.get(personId);
        return position == null ? -1 : position;
    }

    /** {@return positions of the members of a group (case- and diacritics-insensitive), in name order} */
    int[] membersOf(String group) {
        return membersByGroup.getOrDefault(groupKey(group), new int[0]).clone();
    }

    /**
     * {@return positions of the people matching the query's text and department, best first; availability
     * and paging are left to the caller, which owns presence}
     */
    int[] rank(PersonQuery query) {
        String department = TextFolding.fold(query.department());
        if (!query.narrowsByText()) {
            return filterByDepartment(allPositions(), department);
        }
        List<String> tokens = tokens(query.text());
        if (tokens.isEmpty()) {
            return new int[0];
        }
        int[] worstField = worstFieldPerPerson(tokens);
        String first = tokens.get(0);
        long[] scored = new long[people.length];
        int count = 0;
        for (int position = 0; position < people.length; position++) {
            if (worstField[position] != NO_MATCH
                    && (department.isEmpty() || department.equals(foldedDepartments[position]))) {
                int startsWithFirst = foldedNames[position].startsWith(first) ? 0 : 1;
                long score = worstField[position] * 2L + startsWithFirst;
                scored[count++] = (score << 32) | position;
            }
        }
        long[] ranked = Arrays.copyOf(scored, count);
        Arrays.sort(ranked);
        return Arrays.stream(ranked).mapToInt(packed -> (int) packed).toArray();
    }

    /** For each person, the worst of the best fields each token matched; NO_MATCH if a token missed. */
    private int[] worstFieldPerPerson(List<String> tokens) {
        int[] worst = new int[people.length];
        int[] best = new int[people.length];
        for (String token : tokens) {
            Arrays.fill(best, NO_MATCH);
            int term = lowerBound(token);
            for (; term < terms.length && terms[term].startsWith(token); term++) {
                for (int posting : postings[term]) {
                    int position = posting / FIELDS;
                    best[position] = Math.min(best[position], posting % FIELDS);
                }
            }
            for (int position = 0; position < people.length; position++) {
                worst[position] = Math.max(worst[position], best[position]);
            }
        }
        return worst;
    }

    /** Typed words, folded; a query of digits and separators only ("12 34") is one extension prefix. */
    private static List<String> tokens(String text) {
        String folded = TextFolding.fold(text);
        boolean digitsOnly = folded.chars().noneMatch(Character::isLetter);
        List<String> tokens = digitsOnly ? List.of(TextFolding.digits(folded)) : TextFolding.words(folded);
        // Digits of other scripts fold to nothing; an empty token would match everyone.
        return tokens.stream().filter(token -> !token.isEmpty()).toList();
    }

    private int lowerBound(String prefix) {
        int found = Arrays.binarySearch(terms, prefix);
        return found >= 0 ? found : -found - 1;
    }

    private int[] allPositions() {
        int[] all = new int[people.length];
        Arrays.setAll(all, position -> position);
        return all;
    }

    private int[] filterByDepartment(int[] positions, String department) {
        if (department.isEmpty()) {
            return positions;
        }
        return Arrays.stream(positions).filter(p -> department.equals(foldedDepartments[p])).toArray();
    }

    private static void addTerms(TreeMap<String, List<Integer>> termPostings, int position, Person person) {
        Map<String, Integer> bestField = new HashMap<>();
        addWords(bestField, person.displayName(), NAME);
        if (!person.extension().isEmpty()) {
            bestField.merge(person.extension(), EXTENSION, Math::min);
        }
        addWords(bestField, person.department(), DEPARTMENT);
        addWords(bestField, person.title(), OTHER);
        person.groups().forEach(group -> addWords(bestField, group, OTHER));
        bestField.forEach((term, field) -> termPostings.computeIfAbsent(term, t -> new ArrayList<>())
                .add(position * FIELDS + field));
    }

    private static void addWords(Map<String, Integer> bestField, String text, int field) {
        TextFolding.words(TextFolding.fold(text)).forEach(word -> bestField.merge(word, field, Math::min));
    }

    private static String groupKey(String group) {
        return group == null ? "" : TextFolding.fold(group.strip());
    }

    private static void addMembership(Map<String, List<Integer>> groups, Person person, int position) {
        for (String group : person.groups()) {
            List<Integer> members = groups.computeIfAbsent(groupKey(group), key -> new ArrayList<>());
            // "Växel" and "Vaxel" fold to one key; count the person once.
            if (members.isEmpty() || members.get(members.size() - 1) != position) {
                members.add(position);
            }
        }
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> groups) {
        Map<String, int[]> arrays = new HashMap<>();
        groups.forEach((key, members) -> arrays.put(key, members.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(arrays);
    }
}
