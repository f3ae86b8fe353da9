package org.samklang.ui.internal.reception.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceChange;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.Substitute;

/**
 * An in-memory directory for presenter tests (and the scratch harness): word-prefix search with case and diacritics
 * folded, department and availability filters, name order, pages; presence set by the test, changes published to
 * subscribers. Thread-safe enough for one test thread plus a harness thread.
 */
public final class FakeDirectory implements PresenceService {

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Presence> presences = new LinkedHashMap<>();
    private final Map<String, List<Substitute>> helpers = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    public final List<PersonQuery> queries = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failNextSearch;

    public synchronized FakeDirectory add(Person person, PresenceState state, PresenceReason reason) {
        people.put(person.id(), person);
        presences.put(person.id(), presence(person.id(), state, reason, null, null));
        return this;
    }

    public synchronized void setPresence(Presence presence) {
        Presence before = presences.put(presence.personId(), presence);
        PresenceChange change = new PresenceChange(presence.personId(), before == null ? null : before.publicView(),
                presence.publicView(), Instant.parse("2025-11-14T09:00:00Z"));
        listeners.forEach(listener -> listener.presenceChanged(change));
    }

    public synchronized void setHelpers(String personId, List<Substitute> list) {
        helpers.put(personId, List.copyOf(list));
    }

    public int subscribers() {
        return listeners.size();
    }

    public static Presence presence(String id, PresenceState state, PresenceReason reason, Instant until,
            PresenceState next) {
        return new Presence(id, state, state == PresenceState.AVAILABLE, reason, until, next, PresenceReason.NONE,
                List.of(), PresenceSourceKind.MANUAL, null, null);
    }

    @Override
    public Presence myPresence() {
        return presence("me", PresenceState.AVAILABLE, PresenceReason.NONE, null, null);
    }

    @Override
    public Presence setMyPresence(PresenceRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setMySubstitutes(List<String> personIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized PersonPage searchDirectory(PersonQuery query) {
        queries.add(query);
        RuntimeException failure = failNextSearch;
        if (failure != null) {
            failNextSearch = null;
            throw failure;
        }
        String text = fold(query.text());
        List<PersonSearchHit> matching = new ArrayList<>();
        for (Person person : people.values()) {
            PresenceView view = presences.get(person.id()).publicView();
            boolean textOk = !query.narrowsByText() || words(person).stream().anyMatch(w -> w.startsWith(text))
                    || person.extension().startsWith(text);
            boolean departmentOk = query.department().isEmpty() || fold(query.department()).equals(
                    fold(person.department()));
            boolean availableOk = !query.availableNowOnly() || view.isAvailable();
            if (textOk && departmentOk && availableOk) {
                matching.add(new PersonSearchHit(person, view));
            }
        }
        matching.sort(Comparator.comparing(hit -> fold(hit.person().displayName())));
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(matching.size(), query.offset() + query.limit());
        return new PersonPage(matching.subList(from, to), query.offset(), matching.size());
    }

    @Override
    public synchronized Optional<Person> person(String personId) {
        return Optional.ofNullable(people.get(personId));
    }

    @Override
    public synchronized Optional<PresenceView> presenceOf(String personId) {
        return Optional.ofNullable(presences.get(personId)).map(Presence::publicView);
    }

    @Override
    public synchronized List<Substitute> whoElseCanHelp(String personId) {
        return helpers.getOrDefault(personId, List.of());
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static List<String> words(Person person) {
        List<String> words = new ArrayList<>();
        for (String field : List.of(person.displayName(), person.department(), person.title())) {
            words.addAll(Arrays.asList(fold(field).split("\\s+")));
        }
        return words;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
