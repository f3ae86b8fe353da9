package org.samklang.core.internal.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets kept in memory, for tests of the host and the settings service. */
public final class MemorySecrets implements SecretStore {

    private final Map<String, Map<String, String>> byInstance = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String instanceId, String key) {
        return Optional.ofNullable(byInstance.getOrDefault(instanceId, Map.of()).get(key));
    }

    @Override
    public Set<String> keys(String instanceId) {
        return Set.copyOf(byInstance.getOrDefault(instanceId, Map.of()).keySet());
    }

    @Override
    public void write(String instanceId, Map<String, String> changes) {
        Map<String, String> secrets = byInstance.computeIfAbsent(instanceId, id -> new TreeMap<>());
        synchronized (secrets) {
            changes.forEach((key, value) -> {
                if (value.isEmpty()) {
                    secrets.remove(key);
                } else {
                    secrets.put(key, value);
                }
            });
        }
    }

    @Override
    public void forget(String instanceId) {
        byInstance.remove(instanceId);
    }
}
