package org.samklang.core.internal.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.samklang.core.spi.DirectoryEntry;

/**
 * Which person an address names: directory id, extension, chat address or e-mail address. Immutable. When two
 * people share an address (a shared line, a team mailbox) the first in merge order keeps it and a problem says so.
 */
final class AddressIndex {

    private static final Pattern EXTENSION_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final List<String> SCHEMES = List.of("mailto:", "xmpp:");

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> extensions = new HashMap<>();
    private final Map<String, String> addresses = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private AddressIndex() {
    }

    static AddressIndex of(List<DirectoryEntry> entries) {
        AddressIndex index = new AddressIndex();
        for (DirectoryEntry entry : entries) {
            String id = entry.person().id();
            index.ids.put(id, id);
            index.put(index.extensions, "extension", entry.person().extension(), id);
            index.put(index.addresses, "e-mail address", entry.person().email(), id);
            entry.chatAddresses().forEach(chat -> index.put(index.addresses, "chat address", chat, id));
        }
        return index;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Optional<String> find(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.strip();
        if (ids.containsKey(text)) {
            return Optional.of(text);
        }
        String compact = EXTENSION_SEPARATORS.matcher(text).replaceAll("");
        if (DIGITS.matcher(compact).matches()) {
            return Optional.ofNullable(extensions.get(compact));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String scheme : SCHEMES) {
            if (lower.startsWith(scheme)) {
                lower = lower.substring(scheme.length());
            }
        }
        return Optional.ofNullable(addresses.get(lower));
    }

    private void put(Map<String, String> map, String what, String key, String id) {
        if (key.isEmpty()) {
            return;
        }
        String holder = map.putIfAbsent(key, id);
        if (holder != null && !holder.equals(id)) {
            problems.add("the " + what + " " + key + " of " + id + " is also " + holder + "'s; " + holder
                    + " is found by it");
        }
    }
}
