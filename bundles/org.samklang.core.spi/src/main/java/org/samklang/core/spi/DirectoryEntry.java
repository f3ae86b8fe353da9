package org.samklang.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.samklang.core.api.model.Person;

/**
 * One person of a directory sync with the substitutes the directory holds for them ("ask Karin instead") and the
 * chat addresses they are known by. Immutable; substitute ids and chat addresses are kept in order, duplicates
 * dropped (first kept). Extension and e-mail address are the {@link Person}'s own fields.
 *
 * @param person        the person
 * @param substituteIds directory ids of the people to ask instead, in order; never the person themself, at most
 *                      {@value #MAX_SUBSTITUTES}; ids the directory does not contain are dropped by the core
 * @param chatAddresses the person's chat addresses (an XMPP JID "karin@chat.example.se", a Teams or Matrix id),
 *                      lower-cased, without whitespace, at most {@value #MAX_CHAT_ADDRESSES} of at most 254
 *                      characters; a presence report may name the person by one of them
 */
public record DirectoryEntry(Person person, List<String> substituteIds, List<String> chatAddresses) {

    /** Most substitutes one person may name, as in {@code PresenceService#setMySubstitutes}. */
    public static final int MAX_SUBSTITUTES = 20;
    /** Most chat addresses one person may have. */
    public static final int MAX_CHAT_ADDRESSES = 10;
    private static final Pattern CHAT_ADDRESS = Pattern.compile("\\S{1,254}");

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
        chatAddresses = chatAddresses(person.id(), chatAddresses);
    }

    /** A person with substitutes and no chat address. */
    public DirectoryEntry(Person person, List<String> substituteIds) {
        this(person, substituteIds, List.of());
    }

    private static List<String> chatAddresses(String id, List<String> values) {
        Set<String> unique = new LinkedHashSet<>();
        for (String value : Checks.copyOf(values == null ? List.of() : values, "chatAddresses of " + id)) {
            String address = value.strip().toLowerCase(Locale.ROOT);
            if (!CHAT_ADDRESS.matcher(address).matches()) {
                throw new IllegalArgumentException("chat address of " + id + " is not an address: '" + value + "'");
            }
            unique.add(address);
        }
        if (unique.size() > MAX_CHAT_ADDRESSES) {
            throw new IllegalArgumentException(id + " has " + unique.size() + " chat addresses; at most "
                    + MAX_CHAT_ADDRESSES + " are allowed");
        }
        return List.copyOf(new ArrayList<>(unique));
    }

    /** A person without substitutes. */
    public static DirectoryEntry of(Person person) {
        return new DirectoryEntry(person, List.of());
    }
}
