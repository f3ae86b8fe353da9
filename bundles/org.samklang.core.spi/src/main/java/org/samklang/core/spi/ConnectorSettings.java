package org.samklang.core.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samklang.core.api.internal.Checks;

/**
 * The settings form of a connector, as data: an ordered list of {@link SettingDescriptor}s with unique keys.
 * The desktop renders it, checks the user's input with {@link #problems(Map)}, stores secrets in secure storage
 * and hands the connector a {@link ConnectorConfiguration} built by {@link #configuration(Map)}.
 * Immutable and thread-safe.
 *
 * @param descriptors the settings in form order
 */
public record ConnectorSettings(List<SettingDescriptor> descriptors) {

    /** A connector with nothing to configure. */
    public static final ConnectorSettings NONE = new ConnectorSettings(List.of());

    public ConnectorSettings {
        descriptors = Checks.copyOf(descriptors, "descriptors");
        Set<String> keys = new HashSet<>();
        for (SettingDescriptor descriptor : descriptors) {
            if (!keys.add(descriptor.key())) {
                throw new IllegalArgumentException("setting key '" + descriptor.key() + "' appears twice");
            }
        }
    }

    /** Settings in the given order. */
    public static ConnectorSettings of(SettingDescriptor... descriptors) {
        return new ConnectorSettings(List.of(descriptors));
    }

    /**
     * {@return what is wrong with the values the user entered, one line per problem, empty when all is well}
     * Keys no descriptor knows are problems too (a typo in an imported file should not pass silently).
     */
    public List<String> problems(Map<String, String> values) {
        Checks.notNull(values, "values");
        List<String> problems = new ArrayList<>();
        for (SettingDescriptor descriptor : descriptors) {
            descriptor.problemWith(values.get(descriptor.key())).ifPresent(problems::add);
        }
        values.keySet().stream().filter(key -> descriptors.stream().noneMatch(d -> d.key().equals(key)))
                .sorted().forEach(key -> problems.add("unknown setting '" + key + "'"));
        return problems;
    }

    /**
     * {@return the configuration for these values: trimmed, defaults filled in for blank values}
     *
     * @throws IllegalArgumentException listing every {@linkplain #problems(Map) problem} if there is one
     */
    public ConnectorConfiguration configuration(Map<String, String> values) {
        List<String> problems = problems(values);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid settings: " + String.join("; ", problems));
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        Set<String> secretKeys = new HashSet<>();
        for (SettingDescriptor descriptor : descriptors) {
            String given = values.get(descriptor.key());
            String value = given == null || given.isBlank() ? descriptor.defaultValue() : given.strip();
            if (!value.isEmpty()) {
                resolved.put(descriptor.key(), value);
            }
            if (descriptor.type() == SettingDescriptor.Type.SECRET) {
                secretKeys.add(descriptor.key());
            }
        }
        return new ConnectorConfiguration(resolved, secretKeys);
    }
}
