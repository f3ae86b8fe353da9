package org.samklang.core.internal.plugins;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.Writer;

/**
 * What the desk's store keeps for plugin instances (schema version 6): each instance's durable key-value state
 * ({@code plugin_state}) and the last settings it started with ({@code plugin_settings}, non-secret values only), so
 * an instance whose new settings are refused runs on the last good ones, also after a restart. Secrets never come
 * here. Thread-safe; writes go through the writer, so a full disk fails them like any other write.
 */
public final class PluginStore {

    /** The settings an instance last started with. */
    public record LastGood(String factoryPid, Map<String, String> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    private final Writer writer;
    private final ReadPool readers;

    public PluginStore(Writer writer, ReadPool readers) {
        this.writer = writer;
        this.readers = readers;
    }

    /** {@return every state key and value of {@code instanceId}} */
    public Map<String, String> state(String instanceId) {
        return readers.read(session -> {
            PreparedStatement query = session.prepare("SELECT key, value FROM plugin_state WHERE instance_id = ?"
                    + " ORDER BY key");
            query.setString(1, instanceId);
            Map<String, String> state = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    state.put(rows.getString(1), rows.getString(2));
                }
            }
            return state;
        });
    }

    /** Sets one state value; the future completes once committed, or fails as the store does. */
    public CompletableFuture<Void> putState(String instanceId, String key, String value) {
        return writer.submit("plugin state", transaction -> {
            PreparedStatement insert = transaction.prepare("INSERT INTO plugin_state (instance_id, key, value)"
                    + " VALUES (?, ?, ?) ON CONFLICT (instance_id, key) DO UPDATE SET value = excluded.value");
            insert.setString(1, instanceId);
            insert.setString(2, key);
            insert.setString(3, value);
            insert.executeUpdate();
            return null;
        });
    }

    /** Removes one state value; the future completes once committed. */
    public CompletableFuture<Void> removeState(String instanceId, String key) {
        return writer.submit("plugin state", transaction -> {
            PreparedStatement delete = transaction.prepare("DELETE FROM plugin_state WHERE instance_id = ?"
                    + " AND key = ?");
            delete.setString(1, instanceId);
            delete.setString(2, key);
            delete.executeUpdate();
            return null;
        });
    }

    /** {@return the settings {@code instanceId} last started with, if it ever started} */
    public Optional<LastGood> lastGood(String instanceId) {
        return readers.read(session -> {
            PreparedStatement query = session.prepare("SELECT factory_pid, settings FROM plugin_settings"
                    + " WHERE instance_id = ?");
            query.setString(1, instanceId);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new LastGood(row.getString(1), parse(row.getString(2))))
                        : Optional.empty();
            }
        });
    }

    /**
     * Keeps the non-secret {@code values} {@code instanceId} started with. The engine's own bookkeeping: kept and
     * written later while the store cannot write.
     */
    public CompletableFuture<Void> keepLastGood(String instanceId, String factoryPid, Map<String, String> values) {
        String settings = json(values);
        return writer.submitRetried("plugin settings", transaction -> {
            PreparedStatement upsert = transaction.prepare("INSERT INTO plugin_settings (instance_id, factory_pid,"
                    + " settings, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (instance_id) DO UPDATE SET"
                    + " factory_pid = excluded.factory_pid, settings = excluded.settings, saved_at = excluded.saved_at");
            upsert.setString(1, instanceId);
            upsert.setString(2, factoryPid);
            upsert.setString(3, settings);
            upsert.setLong(4, transaction.now().toEpochMilli());
            upsert.executeUpdate();
            return null;
        });
    }

    /** Forgets the state and last settings of a removed instance. */
    public CompletableFuture<Void> forget(String instanceId) {
        return writer.submit("forget plugin instance", transaction -> {
            for (String table : new String[]{"plugin_state", "plugin_settings"}) {
                PreparedStatement delete = transaction.prepare("DELETE FROM " + table + " WHERE instance_id = ?");
                delete.setString(1, instanceId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        }
    }

    private static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            // A row this version cannot read is no last good configuration; the instance's own settings decide.
            return Map.of();
        }
    }
}
