package org.samklang.core.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded, least-recently-used cache of facts the writer itself wrote or read inside its transaction.
 * <p>
 * Why it can be exact: all changes go through the single writer, so the writer knows every change that could make an
 * entry stale and updates or evicts it in the same task. Entries may describe uncommitted changes, so the writer
 * {@linkplain Writer#addRollbackListener clears} every cache when a batch rolls back. Confined to the writer thread;
 * readers never use it. Bounded so the heap stays small however large the store grows.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class WriterCache<K, V> {

    private final Map<K, V> entries;

    public WriterCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    public void remove(K key) {
        entries.remove(key);
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
