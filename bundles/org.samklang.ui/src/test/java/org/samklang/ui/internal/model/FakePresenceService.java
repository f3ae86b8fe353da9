package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.Substitute;

/** An in-memory directory with name-prefix search, for presenter tests. */
final class FakePresenceService implements PresenceService {

    final List<PersonSearchHit> people = new ArrayList<>();
    Presence mine;
    final List<PersonQuery> queries = new ArrayList<>();

    @Override
    public Presence myPresence() {
        return mine;
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
    public PersonPage searchDirectory(PersonQuery query) {
        queries.add(query);
        String text = query.text().toLowerCase(Locale.ROOT);
        List<PersonSearchHit> matching = people.stream()
                .filter(hit -> hit.person().displayName().toLowerCase(Locale.ROOT).startsWith(text))
                .toList();
        int to = Math.min(matching.size(), query.offset() + query.limit());
        return new PersonPage(matching.subList(Math.min(query.offset(), to), to), query.offset(), matching.size());
    }

    @Override
    public Optional<Person> person(String personId) {
        return people.stream().map(PersonSearchHit::person).filter(p -> p.id().equals(personId)).findFirst();
    }

    @Override
    public Optional<PresenceView> presenceOf(String personId) {
        return people.stream().filter(h -> h.person().id().equals(personId)).map(PersonSearchHit::presence)
                .findFirst();
    }

    @Override
    public List<Substitute> whoElseCanHelp(String personId) {
        return List.of();
    }

    @Override
    public Subscription subscribe(Listener listener) {
        return () -> {
        };
    }
}
