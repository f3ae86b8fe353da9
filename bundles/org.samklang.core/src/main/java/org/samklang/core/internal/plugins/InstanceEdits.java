package org.samklang.core.internal.plugins;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.internal.plugins.SecretStore.SecretStoreException;
import org.samklang.core.spi.PluginType;

/**
 * Checks what the Settings view asks to save and splits it into what goes where: non-secret settings (as given,
 * normalized, no defaults filled in, so a later version's default applies) to Configuration Admin, secrets to secure
 * storage. A secret left out of an update keeps its stored value; an empty one is cleared.
 */
final class InstanceEdits {

    /**
     * A checked edit.
     *
     * @param type          the instance's type, empty when unknown
     * @param plain         the non-secret settings to configure
     * @param secretChanges the secrets to write (an empty value clears)
     * @param secretsBefore the stored values of the secrets that change, to put back if saving fails
     * @param existing      the instance as configured now, for an update
     * @param problems      why it cannot be saved; empty when it can
     */
    record Checked(Optional<PluginType> type, Map<String, String> plain, Map<String, String> secretChanges,
            Map<String, String> secretsBefore, Optional<InstanceConfigurations.Stored> existing,
            List<SettingProblem> problems) {
    }

    private final PluginHost host;
    private final SecretStore secrets;

    InstanceEdits(PluginHost host, SecretStore secrets) {
        this.host = host;
        this.secrets = secrets;
    }

    /** {@return {@code edit} checked as a new instance ({@code creating}) or as new settings of an existing one} */
    Checked check(PluginInstanceEdit edit, boolean creating, InstanceConfigurations configurations, Locale locale)
            throws IOException {
        List<SettingProblem> problems = new ArrayList<>();
        Optional<PluginType> type = host.type(edit.factoryPid());
        if (type.isEmpty()) {
            problems.add(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.UNKNOWN_TYPE,
                    PluginTexts.text(locale, "type.unknown", edit.factoryPid())));
        }
        InstanceIds.problem(edit.instanceId(), locale).ifPresent(problems::add);
        Optional<InstanceConfigurations.Stored> existing = configurations.byInstanceId(edit.instanceId(),
                pid -> host.type(pid).isPresent());
        problems.addAll(existenceProblems(edit, creating, existing, locale));
        if (type.isEmpty() || !problems.isEmpty()) {
            return new Checked(type, Map.of(), Map.of(), Map.of(), existing, problems);
        }
        ConnectorSettings settings = PluginCalls.settingsOf(type.get(), locale);
        Map<String, String> checked = new LinkedHashMap<>(edit.values());
        Map<String, String> secretChanges = new LinkedHashMap<>();
        Map<String, String> secretsBefore = new HashMap<>();
        for (String key : settings.secretKeys()) {
            String given = edit.values().get(key);
            Optional<String> stored = creating
                    ? Optional.empty()
                    : storedSecret(edit.instanceId(), key, problems,
                            locale);
            if (given == null) {
                stored.ifPresent(value -> checked.put(key, value));
            } else {
                checked.put(key, given);
                if (!(creating && given.isEmpty())) {
                    secretChanges.put(key, given.strip());
                    secretsBefore.put(key, stored.orElse(""));
                }
            }
        }
        problems.addAll(settings.problems(checked, locale));
        return new Checked(type, plainOf(settings, edit.values()), secretChanges, secretsBefore, existing, problems);
    }

    private static List<SettingProblem> existenceProblems(PluginInstanceEdit edit, boolean creating,
            Optional<InstanceConfigurations.Stored> existing, Locale locale) {
        if (creating && existing.isPresent()) {
            return List.of(InstanceIds.taken(edit.instanceId(), locale));
        }
        if (!creating && existing.isEmpty()) {
            return List.of(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.UNKNOWN_INSTANCE,
                    PluginTexts.text(locale, "instance.unknown", edit.instanceId())));
        }
        Optional<String> factoryPid = existing.flatMap(s -> s.properties().factoryPid());
        if (!creating && factoryPid.isPresent() && !factoryPid.get().equals(edit.factoryPid())) {
            return List.of(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.UNKNOWN_TYPE,
                    PluginTexts.text(locale, "instance.otherType", edit.instanceId(), factoryPid.get())));
        }
        return List.of();
    }

    private Optional<String> storedSecret(String instanceId, String key, List<SettingProblem> problems,
            Locale locale) {
        try {
            return secrets.read(instanceId, key);
        } catch (SecretStoreException e) {
            problems.add(new SettingProblem(key, SettingProblem.Kind.NOT_SAVED,
                    PluginTexts.text(locale, "settings.secretsUnreadable", e.getMessage())));
            return Optional.empty();
        }
    }

    /** The non-secret settings the user gave, normalized, in form order; blank ones left out (the default applies). */
    private static Map<String, String> plainOf(ConnectorSettings settings, Map<String, String> values) {
        Map<String, String> plain = new LinkedHashMap<>();
        for (SettingDescriptor descriptor : settings.descriptors()) {
            String value = values.get(descriptor.key());
            if (!descriptor.isSecret() && value != null && !value.isBlank()) {
                plain.put(descriptor.key(), descriptor.normalized(value));
            }
        }
        return plain;
    }
}
