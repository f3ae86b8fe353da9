package org.samklang.core.internal.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginInstanceView.State;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.spi.PluginType;

/**
 * Builds what the Settings view lists: types with their forms, and each configured instance with its settings (never
 * a secret's value) joined with how the host runs it.
 */
final class InstanceViews {

    private final PluginHost host;
    private final SecretStore secrets;
    private final Clock clock;

    InstanceViews(PluginHost host, SecretStore secrets, Clock clock) {
        this.host = host;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** {@return the installed types, by name; a type whose form throws is left out (and logged)} */
    List<PluginTypeView> types(Locale locale) {
        return host.types().stream().flatMap(type -> typeView(type, locale).stream())
                .sorted(Comparator.comparing(PluginTypeView::displayName)).toList();
    }

    /** {@return the instance configured as {@code stored}, as the view lists it} */
    PluginInstanceView view(InstanceConfigurations.Stored stored, Locale locale) {
        InstanceProperties properties = stored.properties();
        String instanceId = properties.instanceId().orElse(stored.pid());
        String factoryPid = properties.factoryPid().orElse("?");
        Optional<PluginType> type = host.type(factoryPid);
        Optional<InstanceStatus> status = host.statuses().stream()
                .filter(s -> s.pid().filter(stored.pid()::equals).isPresent()).findFirst();
        Map<String, String> values = new TreeMap<>(properties.settings());
        type.map(t -> PluginCalls.settingsOf(t, locale)).map(ConnectorSettings::secretKeys)
                .ifPresent(secretKeys -> secretKeys.forEach(values::remove));
        Set<String> secretsSet = secretKeysOf(instanceId);
        if (status.isPresent()) {
            InstanceStatus s = status.get();
            return new PluginInstanceView(instanceId, factoryPid, s.displayName(), properties.enabled(),
                    fileOf(properties), values, secretsSet, s.state(), s.reason(), s.since(), s.problems());
        }
        State state = !properties.enabled()
                ? State.DISABLED
                : type.isPresent()
                        ? State.STARTING
                        : State.NOT_INSTALLED;
        String reason = state == State.NOT_INSTALLED ? PluginTexts.text(locale, "type.missing") : "";
        return new PluginInstanceView(instanceId, factoryPid, properties.name().orElse(instanceId),
                properties.enabled(), fileOf(properties), values, secretsSet, state, reason, clock.instant(),
                List.of());
    }

    private Set<String> secretKeysOf(String instanceId) {
        try {
            return secrets.keys(instanceId);
        } catch (RuntimeException e) {
            PluginHost.LOG.log(System.Logger.Level.WARNING, "secure storage cannot list the secrets of {0}: {1}",
                    instanceId, e.getMessage());
            return Set.of();
        }
    }

    private static Optional<PluginTypeView> typeView(PluginType type, Locale locale) {
        try {
            return Optional.of(new PluginTypeView(type.factoryPid(), Facet.roleOf(type.kind()),
                    type.displayName(locale), type.description(locale), type.settings(locale)));
        } catch (RuntimeException e) {
            PluginHost.LOG.log(System.Logger.Level.WARNING, "plugin type " + type + " cannot describe itself", e);
            return Optional.empty();
        }
    }

    /** The provisioning file's path, from the URI FileInstall notes. */
    private static Optional<String> fileOf(InstanceProperties properties) {
        return properties.provisionedFrom().map(uri -> {
            try {
                return Path.of(URI.create(uri)).toString();
            } catch (RuntimeException e) {
                return uri;
            }
        });
    }
}
