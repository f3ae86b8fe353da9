package org.samklang.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.Person;

/**
 * One person of a directory sync with the substitutes the directory holds for them ("ask Karin instead") and the
 * chat addresses presence sources may name them by. Immutable; substitute ids are kept in order, duplicates dropped
 * (first kept).
 *
 * @param person        the person; presence sources may also name them by its extension and e-mail address
 *                      ({@link PresenceAddress})
 * @param substituteIds directory ids of the people to ask instead, in order; never the person themself, at most
 *                      {@value #MAX_SUBSTITUTES}; ids the directory does not contain are dropped by the core
 * @param chatAddresses the person's chat addresses (bare XMPP JIDs such as {@code karin@chat.example.se}), lower
 *                      case, without resource; possibly empty
 */
public record DirectoryEntry(Person person, List<String> substituteIds, List<String> chatAddresses) {

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
        chatAddresses = chatAddresses(person, chatAddresses);
    }

    /** A person with substitutes and no chat address. */
    public DirectoryEntry(Person person, List<String> substituteIds) {
        this(person, substituteIds, List.of());
    }

    /** A person without substitutes. */
    public static DirectoryEntry of(Person person) {
        return new DirectoryEntry(person, List.of());
    }

    /** {@return a copy with these chat addresses} */
    public DirectoryEntry withChatAddresses(List<String> addresses) {
        return new DirectoryEntry(person, substituteIds, addresses);
    }

    private static List<String> chatAddresses(Person person, List<String> addresses) {
        Set<String> unique = new LinkedHashSet<>();
        for (String address : Checks.copyOf(addresses, "chatAddresses of " + person.id())) {
            String bare = address.strip().toLowerCase(Locale.ROOT);
            int resource = bare.indexOf('/');
            bare = resource < 0 ? bare : bare.substring(0, resource);
            if (bare.indexOf('@') < 1 || bare.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("chat address of " + person.id() + " is not a JID: '" + address
                        + "'");
            }
            unique.add(bare);
        }
        return List.copyOf(unique);
    }
}
