package org.samklang.core.internal.agent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.samklang.core.api.IdentityService;
import org.samklang.core.api.model.AgentIdentity;
import org.samklang.core.internal.directory.DirectoryBook;
import org.samklang.core.spi.DirectoryEntry;

/**
 * Who is signed in at this desk: the identity configured in the data directory ({@link IdentityFile}) wins; else
 * the person a plugin provides (the sandbox's agent); else nobody, and the desktop asks ({@link #needsAsking}).
 * Tells its listener the person id whenever the signed-in person changes, once a directory is attached, and lists
 * the configured agent in that directory (merged after every real source, so a desk without a directory still
 * knows its own agent).
 * <p>
 * <b>Threading.</b> Thread-safe; the listener is called on the calling thread, outside this object's lock (the
 * desk's component takes its own lock in it).
 */
public final class DeskSignIn implements IdentityService {

    private final IdentityFile file;
    private final Consumer<String> signedIn;
    private Optional<AgentIdentity> configured;
    private Optional<String> provided = Optional.empty();
    private DirectoryBook directory;
    private String announced;

    /** @param signedIn hears the person id each time the signed-in person changes, after {@link #attach} */
    public DeskSignIn(IdentityFile file, Consumer<String> signedIn) {
        this.file = Objects.requireNonNull(file, "file");
        this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
        this.configured = file.read();
    }

    /** From now on the configured agent is listed in {@code people} and sign-ins are announced. */
    public void attach(DirectoryBook people) {
        synchronized (this) {
            directory = people;
            listConfigured();
        }
        announce();
    }

    /** The person a plugin provides, or null when that plugin went away. */
    public void provided(String personId) {
        synchronized (this) {
            provided = Optional.ofNullable(personId).filter(id -> !id.isBlank());
        }
        announce();
    }

    @Override
    public synchronized Optional<AgentIdentity> identity() {
        return configured;
    }

    @Override
    public synchronized boolean needsAsking() {
        return configured.isEmpty() && provided.isEmpty();
    }

    @Override
    public void save(AgentIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        synchronized (this) {
            file.write(identity);
            configured = Optional.of(identity);
            listConfigured();
        }
        announce();
    }

    /** {@return the person id signed in now, if any} */
    public synchronized Optional<String> personId() {
        return configured.map(AgentIdentity::agentId).or(() -> provided);
    }

    private void listConfigured() {
        if (directory != null) {
            directory.replace(DirectoryBook.OWN_IDENTITY,
                    configured.map(me -> List.of(DirectoryEntry.of(me.asPerson()))).orElse(List.of()));
        }
    }

    private void announce() {
        String newcomer;
        synchronized (this) {
            Optional<String> now = personId();
            if (directory == null || now.isEmpty() || now.get().equals(announced)) {
                return;
            }
            announced = now.get();
            newcomer = announced;
        }
        signedIn.accept(newcomer);
    }
}
