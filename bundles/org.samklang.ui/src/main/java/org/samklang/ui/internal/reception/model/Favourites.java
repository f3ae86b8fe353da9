package org.samklang.ui.internal.reception.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The people a receptionist pinned, in the order pinned, persisted through a {@link FavouriteStore} after every
 * change. Stored as person ids separated by spaces (directory ids never contain whitespace); a damaged or hostile
 * stored value loses only its bad parts: overlong ids, duplicates and anything beyond {@value #MAX_FAVOURITES}
 * are dropped. Thread-safe.
 */
public final class Favourites {

    /** Most favourites kept; a console shows a few dozen, a search finds the rest. */
    public static final int MAX_FAVOURITES = 200;
    private static final int MAX_ID_LENGTH = 128;

    private final FavouriteStore store;
    private final Set<String> ids = new LinkedHashSet<>();

    public Favourites(FavouriteStore store) {
        this.store = Objects.requireNonNull(store, "store");
        ids.addAll(decode(store.load()));
    }

    /** {@return the pinned ids, in the order pinned} */
    public synchronized List<String> ids() {
        return List.copyOf(ids);
    }

    public synchronized boolean contains(String personId) {
        return ids.contains(personId);
    }

    /**
     * Pins the person, or unpins them if pinned, and stores the list.
     *
     * @return true if the person is pinned now
     * @throws IllegalStateException if {@value #MAX_FAVOURITES} people are pinned already
     */
    public synchronized boolean toggle(String personId) {
        boolean pinned;
        if (ids.remove(personId)) {
            pinned = false;
        } else {
            if (ids.size() >= MAX_FAVOURITES) {
                throw new IllegalStateException("at most " + MAX_FAVOURITES + " favourites");
            }
            ids.add(valid(personId));
            pinned = true;
        }
        store.save(encode(ids));
        return pinned;
    }

    /** {@return the stored form of {@code personIds}} */
    static String encode(Iterable<String> personIds) {
        return String.join(" ", personIds);
    }

    /** {@return the ids in a stored value, bad parts dropped} */
    static List<String> decode(String stored) {
        Set<String> decoded = new LinkedHashSet<>();
        if (stored == null) {
            return List.of();
        }
        for (String part : stored.strip().split("\\s+")) {
            if (decoded.size() == MAX_FAVOURITES) {
                break;
            }
            if (!part.isEmpty() && part.length() <= MAX_ID_LENGTH && part.chars().noneMatch(Character::isISOControl)) {
                decoded.add(part);
            }
        }
        return new ArrayList<>(decoded);
    }

    private static String valid(String personId) {
        if (personId == null || personId.isBlank() || personId.length() > MAX_ID_LENGTH
                || personId.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("not a person id: " + personId);
        }
        return personId;
    }
}
