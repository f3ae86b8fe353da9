package org.samklang.core.spi;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.SettingDescriptor;

/**
 * A plugin instance's checked settings, built by {@link #of(ConnectorSettings, Map)}: every value valid for its
 * {@link SettingDescriptor}, normalized (stripped, defaults filled in, a list one entry per line), secrets included
 * (read from secure storage by the core). Immutable. {@link #toString()} masks secrets so a configuration can be
 * logged; a plugin must never log a secret's value itself.
 *
 * @param values     the values by key; a setting without value and default is absent
 * @param secretKeys the keys whose values are secrets
 */
public record ConnectorConfiguration(Map<String, String> values, Set<String> secretKeys) {

    /** No values at all. */
    public static final ConnectorConfiguration EMPTY = new ConnectorConfiguration(Map.of(), Set.of());

    public ConnectorConfiguration {
        values = Checks.copyOf(values, "values");
        secretKeys = Set.copyOf(Checks.notNull(secretKeys, "secretKeys"));
    }

    /**
     * {@return the configuration of {@code values} for the form {@code settings}}
     *
     * @throws IllegalArgumentException naming every problem {@link ConnectorSettings#problems} finds
     */
    public static ConnectorConfiguration of(ConnectorSettings settings, Map<String, String> values) {
        return new ConnectorConfiguration(settings.normalized(values), Set.copyOf(settings.secretKeys()));
    }

    /** {@return the value of {@code key}, empty if it has none} */
    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** {@return the number under {@code key} (a NUMBER setting), or {@code fallback} if it has no value} */
    public long number(String key, long fallback) {
        return text(key).map(Long::parseLong).orElse(fallback);
    }

    /** {@return the flag under {@code key} (a BOOLEAN setting), or {@code fallback} if it has no value} */
    public boolean flag(String key, boolean fallback) {
        return text(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** {@return the URL under {@code key} (a URL setting), empty if it has no value} */
    public Optional<URI> url(String key) {
        return text(key).map(URI::create);
    }

    /** {@return the entries under {@code key} (a LIST setting), empty if it has none} */
    public List<String> list(String key) {
        return SettingDescriptor.entries(values.get(key));
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(values);
        secretKeys.forEach(key -> shown.computeIfPresent(key, (k, v) -> "******"));
        return "ConnectorConfiguration" + shown;
    }
}
