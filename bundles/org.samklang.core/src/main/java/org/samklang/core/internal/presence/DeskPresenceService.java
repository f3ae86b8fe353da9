package org.samklang.core.internal.presence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.Substitute;

/**
 * {@link PresenceService} for one desk: the signed-in person's view of the shared {@link PresenceEngine}.
 * Only this person's own presence is returned in full; everyone else's is a public view.
 */
public final class DeskPresenceService implements PresenceService {

    private final PresenceEngine engine;
    private final String myPersonId;

    public DeskPresenceService(PresenceEngine engine, String myPersonId) {
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
        this.myPersonId = Objects.requireNonNull(myPersonId, "signed-in person id must not be null").strip();
        if (this.myPersonId.isEmpty()) {
            throw new IllegalArgumentException("signed-in person id must not be blank");
        }
    }

    /** @throws IllegalStateException if the signed-in person is not (yet) in the directory */
    @Override
    public Presence myPresence() {
        return engine.effectivePresence(myPersonId).orElseThrow(() -> new IllegalStateException(
                "the signed-in person '" + myPersonId + "' is not in the directory"));
    }

    @Override
    public Presence setMyPresence(PresenceRequest request) {
        return engine.setManual(myPersonId, request);
    }

    @Override
    public void setMySubstitutes(List<String> personIds) {
        engine.setSubstitutes(myPersonId, personIds);
    }

    @Override
    public PersonPage searchDirectory(PersonQuery query) {
        return engine.search(query);
    }

    @Override
    public Optional<Person> person(String personId) {
        return engine.person(personId);
    }

    @Override
    public Optional<PresenceView> presenceOf(String personId) {
        return engine.effectivePresence(personId).map(Presence::publicView);
    }

    @Override
    public List<Substitute> whoElseCanHelp(String personId) {
        return engine.whoElseCanHelp(personId);
    }

    @Override
    public Subscription subscribe(Listener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        PresenceChangeListener forwarder = change -> listener.presenceChanged(change.publicChange());
        engine.addListener(forwarder);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                engine.removeListener(forwarder);
            }
        };
    }
}
