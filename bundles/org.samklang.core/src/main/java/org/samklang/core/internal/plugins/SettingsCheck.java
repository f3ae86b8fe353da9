package org.samklang.core.internal.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.internal.plugins.SecretStore.SecretStoreException;
import org.samklang.core.spi.ConnectorConfiguration;

/**
 * Checks an instance's configured settings against its type's form before the instance starts: every value valid,
 * nothing unknown, no secret in plain configuration, required secrets present in secure storage. Produces the
 * configuration the plugin receives (secrets included), or the problems naming each setting.
 */
final class SettingsCheck {

    /** Either a configuration to start with, or why there is none. */
    record Verdict(Optional<ConnectorConfiguration> configuration, Map<String, String> plainValues,
            List<SettingProblem> problems) {

        static Verdict refused(List<SettingProblem> problems) {
            return new Verdict(Optional.empty(), Map.of(), problems);
        }
    }

    private final SecretStore secrets;
    private final Locale locale;

    SettingsCheck(SecretStore secrets, Locale locale) {
        this.secrets = secrets;
        this.locale = locale;
    }

    /**
     * {@return the verdict on {@code plainValues} (the configuration's settings, as text) for instance
     * {@code instanceId} of the form {@code settings}} Reads secure storage; not on the UI thread.
     */
    Verdict check(String instanceId, ConnectorSettings settings, Map<String, String> plainValues) {
        List<SettingProblem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(plainValues);
        for (SettingDescriptor descriptor : settings.descriptors()) {
            if (descriptor.isSecret() && values.containsKey(descriptor.key())) {
                problems.add(ConnectorSettings.secretInPlainText(descriptor, locale));
                values.remove(descriptor.key());
            }
        }
        try {
            for (String key : settings.secretKeys()) {
                secrets.read(instanceId, key).ifPresent(secret -> values.put(key, secret));
            }
        } catch (SecretStoreException e) {
            problems.add(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.NOT_SAVED,
                    PluginTexts.text(locale, "settings.secretsUnreadable", e.getMessage())));
        }
        // A secret found in plain text is named once, not again as missing.
        List<String> named = problems.stream().map(SettingProblem::key).toList();
        settings.problems(values, locale).stream().filter(p -> !named.contains(p.key())).forEach(problems::add);
        if (!problems.isEmpty()) {
            return Verdict.refused(problems);
        }
        Map<String, String> plain = new LinkedHashMap<>(settings.normalized(values));
        settings.secretKeys().forEach(plain::remove);
        return new Verdict(Optional.of(ConnectorConfiguration.of(settings, values)), plain, List.of());
    }
}
