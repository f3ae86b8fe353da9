package org.samklang.core.internal.presence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.samklang.core.api.model.Person;

/**
 * The people directory as presence sources address it: by directory id, extension, chat address (XMPP JID) or
 * e-mail address, in the forms {@code org.samklang.core.spi.PresenceAddress} builds ({@code ext:}, {@code xmpp:},
 * {@code mailto:}). Immutable; built whenever the directory is replaced. An exact directory id always wins, so an
 * id that looks like an address still names its person. Extensions are compared without spaces and dashes, chat and
 * e-mail addresses without case, a JID without its resource.
 */
public final class PersonAddresses {

    /** No directory yet: nothing resolves. */
    public static final PersonAddresses EMPTY = new PersonAddresses(List.of(), Map.of());

    static final String EXTENSION = "ext:";
    static final String CHAT = "xmpp:";
    static final String EMAIL = "mailto:";

    /** What a reference names: one person, or nobody or several (then {@code matches} says how many). */
    public record Resolution(String personId, int matches) {

        static Resolution found(String personId) {
            return new Resolution(personId, 1);
        }

        static Resolution of(List<String> people) {
            return people.size() == 1 ? found(people.get(0)) : new Resolution(null, people.size());
        }

        public boolean resolved() {
            return matches == 1;
        }
    }

    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<String>> byExtension = new HashMap<>();
    private final Map<String, List<String>> byChat = new HashMap<>();
    private final Map<String, List<String>> byEmail = new HashMap<>();

    /**
     * @param people        the directory
     * @param chatAddresses each person's chat addresses by directory id; people without any may be missing
     */
    public PersonAddresses(Collection<Person> people, Map<String, ? extends Collection<String>> chatAddresses) {
        for (Person person : people) {
            ids.add(person.id());
            add(byExtension, person.extension(), person.id());
            add(byEmail, person.email(), person.id());
            Collection<String> chat = chatAddresses.get(person.id());
            if (chat != null) {
                chat.forEach(jid -> add(byChat, bareJid(jid), person.id()));
            }
        }
    }

    /** {@return who {@code reference} names} */
    public Resolution resolve(String reference) {
        if (reference == null) {
            return new Resolution(null, 0);
        }
        if (ids.contains(reference)) {
            return Resolution.found(reference);
        }
        if (reference.startsWith(EXTENSION)) {
            return lookUp(byExtension, reference.substring(EXTENSION.length()).replaceAll("[\\s-]", ""));
        }
        if (reference.startsWith(CHAT)) {
            return lookUp(byChat, bareJid(reference.substring(CHAT.length())));
        }
        if (reference.startsWith(EMAIL)) {
            return lookUp(byEmail, reference.substring(EMAIL.length()).strip().toLowerCase(Locale.ROOT));
        }
        return new Resolution(null, 0);
    }

    private static Resolution lookUp(Map<String, List<String>> index, String key) {
        return key.isEmpty() ? new Resolution(null, 0) : Resolution.of(index.getOrDefault(key, List.of()));
    }

    private static void add(Map<String, List<String>> index, String key, String personId) {
        if (!key.isEmpty()) {
            List<String> people = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!people.contains(personId)) {
                people.add(personId);
            }
        }
    }

    private static String bareJid(String jid) {
        String bare = jid.strip().toLowerCase(Locale.ROOT);
        int resource = bare.indexOf('/');
        return resource < 0 ? bare : bare.substring(0, resource);
    }
}
