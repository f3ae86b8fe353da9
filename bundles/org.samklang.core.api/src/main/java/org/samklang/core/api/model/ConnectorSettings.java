package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings form of a plugin type, as data: an ordered list of {@link SettingDescriptor}s with unique keys. The
 * Settings view renders it; the core checks values with {@link #problems(Map, Locale)} before it saves them or hands
 * them to a plugin. Immutable and thread-safe.
 *
 * @param descriptors the settings in form order
 */
public record ConnectorSettings(List<SettingDescriptor> descriptors) {

    /** A plugin with nothing to configure. */
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

    /** {@return the setting with {@code key}, if this form has one} */
    public Optional<SettingDescriptor> find(String key) {
        return descriptors.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** {@return the keys of the {@link SettingDescriptor.Type#SECRET} settings, in form order} */
    public List<String> secretKeys() {
        return descriptors.stream().filter(SettingDescriptor::isSecret).map(SettingDescriptor::key).toList();
    }

    /**
     * {@return what is wrong with {@code values}, one problem per setting in form order and then one per unknown key
     * (sorted), worded in {@code locale}; empty when all is well} A key no descriptor knows is a problem: a typo in a
     * provisioned file must not pass silently.
     */
    public List<SettingProblem> problems(Map<String, String> values, Locale locale) {
        Checks.notNull(values, "values");
        List<SettingProblem> problems = new ArrayList<>();
        for (SettingDescriptor descriptor : descriptors) {
            descriptor.problemWith(values.get(descriptor.key()), locale).ifPresent(problems::add);
        }
        values.keySet().stream().filter(key -> find(key).isEmpty()).sorted()
                .forEach(key -> problems.add(new SettingProblem(key, SettingProblem.Kind.UNKNOWN_SETTING,
                        SettingTexts.text(locale, "unknownSetting", key))));
        return problems;
    }

    /**
     * {@return the values as a plugin receives them: each {@linkplain SettingDescriptor#normalized normalized}, the
     * default for a blank one, settings without value or default left out, in form order}
     *
     * @throws IllegalArgumentException naming every problem, when {@link #problems} finds any
     */
    public Map<String, String> normalized(Map<String, String> values) {
        List<SettingProblem> problems = problems(values, Locale.ENGLISH);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid settings: "
                    + String.join("; ", problems.stream().map(SettingProblem::message).toList()));
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (SettingDescriptor descriptor : descriptors) {
            String value = descriptor.normalized(values.get(descriptor.key()));
            if (!value.isEmpty()) {
                resolved.put(descriptor.key(), value);
            }
        }
        return resolved;
    }

    /** {@return the problem of a secret given in plain text (a provisioned file), worded in {@code locale}} */
    public static SettingProblem secretInPlainText(SettingDescriptor secret, Locale locale) {
        return new SettingProblem(secret.key(), SettingProblem.Kind.SECRET_IN_PLAIN_TEXT,
                SettingTexts.text(locale, "secretInPlainText", secret.label()));
    }
}
