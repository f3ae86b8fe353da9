package org.samklang.core.internal.plugins;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.samklang.core.spi.PluginType;

/**
 * Plugin instances as Configuration Admin holds them: one factory configuration per instance, of its type's factory
 * PID, named by its instance id when the desk makes it ({@code <factory PID>~<instance id>}), or by the file name
 * when FileInstall read it from the provisioning folder. Calls Configuration Admin, which may do file I/O: never on
 * the UI thread.
 */
final class InstanceConfigurations {

    /** One configured instance: its configuration's PID and properties. */
    record Stored(String pid, InstanceProperties properties, Map<String, Object> raw) {
    }

    /** Configuration properties the desk leaves as they are when it rewrites an instance's settings. */
    private static final List<String> KEPT_AS_THEY_ARE = List.of(InstanceProperties.FILE_NAME);

    private final ConfigurationAdmin admin;

    InstanceConfigurations(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    /** {@return every factory configuration that is a plugin instance: it names one, or is of a known type} */
    List<Stored> all(Predicate<String> knownType) throws IOException {
        Configuration[] found;
        try {
            found = admin.listConfigurations("(service.factoryPid=*)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a constant filter is invalid", e);
        }
        List<Stored> instances = new ArrayList<>();
        for (Configuration configuration : found == null ? new Configuration[0] : found) {
            Dictionary<String, Object> properties;
            String factoryPid;
            try {
                properties = configuration.getProperties();
                factoryPid = configuration.getFactoryPid();
            } catch (IllegalStateException deleted) {
                continue; // deleted since it was listed (a provisioning file removed meanwhile)
            }
            if (properties == null) {
                continue;
            }
            Map<String, Object> raw = asMap(properties);
            InstanceProperties parsed = InstanceProperties.of(raw);
            if (parsed.instanceId().isPresent() || knownType.test(factoryPid)) {
                instances.add(new Stored(configuration.getPid(), parsed, raw));
            }
        }
        return instances;
    }

    /** {@return the instance with {@code instanceId}, if configured} */
    Optional<Stored> byInstanceId(String instanceId, Predicate<String> knownType) throws IOException {
        return all(knownType).stream().filter(s -> s.properties().instanceId().filter(instanceId::equals).isPresent())
                .findFirst();
    }

    /**
     * Makes the configuration of a new instance.
     *
     * @throws IOException when Configuration Admin cannot keep it, or a configuration of that name exists
     */
    void create(String factoryPid, String instanceId, Map<String, Object> properties) throws IOException {
        Configuration configuration = admin.getFactoryConfiguration(factoryPid, instanceId, "?");
        if (configuration.getProperties() != null) {
            throw new IOException("a configuration " + configuration.getPid() + " exists already");
        }
        configuration.update(new Hashtable<>(properties));
    }

    /** Replaces an instance's properties, keeping what FileInstall needs to write them back to their file. */
    void update(Stored stored, Map<String, Object> properties) throws IOException {
        Hashtable<String, Object> next = new Hashtable<>(properties);
        KEPT_AS_THEY_ARE.forEach(key -> {
            if (stored.raw().containsKey(key)) {
                next.put(key, stored.raw().get(key));
            }
        });
        try {
            configuration(stored.pid()).update(next);
        } catch (IllegalStateException deleted) {
            throw new IOException("the configuration " + stored.pid() + " was deleted meanwhile", deleted);
        }
    }

    /** Deletes an instance's configuration (FileInstall deletes its file, if it came from one). */
    void delete(Stored stored) throws IOException {
        try {
            configuration(stored.pid()).delete();
        } catch (IllegalStateException deleted) {
            // Deleted meanwhile (its provisioning file was removed): what was asked is done.
        }
    }

    /** {@return the properties of a configuration of an instance, as the desk writes them} */
    static Map<String, Object> properties(String instanceId, String displayName, boolean enabled,
            Map<String, String> settings) {
        Map<String, Object> properties = new TreeMap<>(settings);
        properties.put(PluginType.INSTANCE, instanceId);
        if (!displayName.isBlank()) {
            properties.put(PluginType.NAME, displayName.strip());
        }
        properties.put(PluginType.ENABLED, Boolean.toString(enabled));
        return properties;
    }

    private Configuration configuration(String pid) throws IOException {
        Configuration[] found;
        try {
            found = admin.listConfigurations("(service.pid=" + pid.replaceAll("([\\\\()*])", "\\\\$1") + ")");
        } catch (InvalidSyntaxException e) {
            throw new IOException("no configuration can be found by the PID " + pid, e);
        }
        if (found == null || found.length == 0) {
            throw new IOException("the configuration " + pid + " is gone");
        }
        return found[0];
    }

    private static Map<String, Object> asMap(Dictionary<String, Object> dictionary) {
        Map<String, Object> map = new TreeMap<>();
        for (String key : Collections.list(dictionary.keys())) {
            map.put(key, dictionary.get(key));
        }
        return map;
    }
}
