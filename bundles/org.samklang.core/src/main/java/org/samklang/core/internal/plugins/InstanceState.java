package org.samklang.core.internal.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.samklang.core.spi.PluginState;

/**
 * One instance's {@link PluginState}: read from the store once before the instance starts, then served from memory;
 * every write goes through the store's writer, and memory follows only once it committed. Thread-safe.
 */
final class InstanceState implements PluginState {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_KEY + "}");

    private final String instanceId;
    private final PluginStore store;
    private final Map<String, String> committed;
    /** Keys written or being written, so the limit counts a put in flight too. */
    private final Map<String, Boolean> claimed = new ConcurrentHashMap<>();

    private InstanceState(String instanceId, PluginStore store, Map<String, String> committed) {
        this.instanceId = instanceId;
        this.store = store;
        this.committed = new ConcurrentHashMap<>(committed);
        committed.keySet().forEach(key -> claimed.put(key, true));
    }

    /** {@return the state of {@code instanceId} as the store has it} Reads the store; not on the UI thread. */
    static InstanceState load(String instanceId, PluginStore store) {
        return new InstanceState(instanceId, store, store.state(instanceId));
    }

    @Override
    public Optional<String> get(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(committed.get(key));
    }

    @Override
    public Map<String, String> all() {
        return Map.copyOf(committed);
    }

    @Override
    public CompletableFuture<Void> put(String key, String value) {
        Optional<String> problem = problem(key, value);
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.get()));
        }
        synchronized (claimed) {
            if (!claimed.containsKey(key) && claimed.size() >= MAX_KEYS) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("instance " + instanceId
                        + " already keeps " + MAX_KEYS + " state keys"));
            }
            claimed.put(key, true);
        }
        return store.putState(instanceId, key, value).thenRun(() -> committed.put(key, value));
    }

    @Override
    public CompletableFuture<Void> remove(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return CompletableFuture.completedFuture(null);
        }
        return store.removeState(instanceId, key).thenRun(() -> {
            committed.remove(key);
            claimed.remove(key);
        });
    }

    private static Optional<String> problem(String key, String value) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.of("a state key is 1 to " + MAX_KEY + " of A-Z a-z 0-9 . _ : -, got '" + key + "'");
        }
        if (value == null) {
            return Optional.of("a state value must not be null (remove the key instead)");
        }
        if (value.length() > MAX_VALUE) {
            return Optional.of("state value of '" + key + "' is " + value.length() + " characters; at most "
                    + MAX_VALUE);
        }
        return Optional.empty();
    }
}
