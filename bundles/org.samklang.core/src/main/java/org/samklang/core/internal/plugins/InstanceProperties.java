package org.samklang.core.internal.plugins;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.samklang.core.spi.PluginType;

/**
 * What the core reads from a plugin instance's service properties, which Declarative Services copies from its
 * factory configuration: the instance id, the name users see, whether it is enabled, its type (factory PID), its
 * configuration's PID, the provisioning file it came from, and the plugin's own settings as text. A service without
 * a factory PID was registered by hand (not an instance); it has no settings.
 *
 * @param pid             the configuration's PID, empty for a service registered by hand
 * @param factoryPid      the instance's type, empty for a service registered by hand
 * @param instanceId      the {@value PluginType#INSTANCE} property, empty when missing
 * @param name            the {@value PluginType#NAME} property, empty when missing or blank
 * @param enabled         the {@value PluginType#ENABLED} property, {@code true} when missing
 * @param provisionedFrom the file FileInstall read the configuration from, if any
 * @param settings        every other property that is not the framework's, as text, sorted by key
 */
public record InstanceProperties(Optional<String> pid, Optional<String> factoryPid, Optional<String> instanceId,
        Optional<String> name, boolean enabled, Optional<String> provisionedFrom, Map<String, String> settings) {

    /** Where FileInstall notes the file a configuration came from. */
    public static final String FILE_NAME = "felix.fileinstall.filename";
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "component.", "objectClass",
            "felix.", "samklang.", ".", "osgi.");

    public InstanceProperties {
        settings = Map.copyOf(settings);
    }

    /** {@return what {@code properties} (a service's or a configuration's) say} */
    public static InstanceProperties of(Map<String, ?> properties) {
        Map<String, String> settings = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (value != null && FRAMEWORK_PREFIXES.stream().noneMatch(key::startsWith)) {
                settings.put(key, text(value));
            }
        });
        return new InstanceProperties(textOf(properties.get("service.pid")),
                textOf(properties.get("service.factoryPid")), textOf(properties.get(PluginType.INSTANCE)),
                textOf(properties.get(PluginType.NAME)), enabled(properties.get(PluginType.ENABLED)),
                textOf(properties.get(FILE_NAME)), settings);
    }

    /** Whether this is a configured instance (it has a type), not a service registered by hand. */
    public boolean isInstance() {
        return factoryPid.isPresent();
    }

    /**
     * {@return a value as the text a setting takes} Arrays and collections (a list in a {@code .config} file) become
     * one entry per line; everything else its {@code toString}.
     */
    static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                entries.add(String.valueOf(Array.get(value, i)));
            }
            return String.join("\n", entries);
        }
        if (value instanceof Collection<?> collection) {
            return String.join("\n", collection.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static Optional<String> textOf(Object value) {
        return value == null ? Optional.empty() : Optional.of(text(value).strip()).filter(s -> !s.isEmpty());
    }

    private static boolean enabled(Object value) {
        return value == null || !text(value).strip().equalsIgnoreCase("false");
    }
}
