package org.samklang.core.spi;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.samklang.core.api.internal.Checks;

/**
 * Checked setting values handed to {@link Connector#configure(ConnectorConfiguration)}, built by
 * {@link ConnectorSettings#configuration(Map)}: trimmed, defaults filled in, every value valid for its type.
 * Immutable. {@link #toString()} masks secrets so a configuration can be logged.
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

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(values);
        secretKeys.forEach(key -> shown.computeIfPresent(key, (k, v) -> "******"));
        return "ConnectorConfiguration" + shown;
    }
}
