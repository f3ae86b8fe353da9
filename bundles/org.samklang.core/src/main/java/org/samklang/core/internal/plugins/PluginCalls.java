package org.samklang.core.internal.plugins;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;

/** Small calls into plugin code that must not take the host down when the plugin fails. */
final class PluginCalls {

    private static final System.Logger LOG = System.getLogger(PluginCalls.class.getName());

    private PluginCalls() {
    }

    /** A service registered by hand names its own kind; one that fails to is filed under its facet. */
    static ConnectorKind kindOf(Hosted hosted) {
        try {
            return Objects.requireNonNull(hosted.connector.kind());
        } catch (RuntimeException e) {
            return hosted.facets.stream().findFirst().map(Facet::kind).orElse(ConnectorKind.CHANNEL);
        }
    }

    /** The instance id: the configuration's, else (a service registered by hand) the plugin's own. */
    static String idOf(Connector connector, InstanceProperties properties) {
        if (properties.isInstance()) {
            return properties.instanceId().or(properties::pid).orElse("?");
        }
        return guarded(connector::id, connector.getClass().getName());
    }

    /** {@return the form of {@code type} in {@code locale}, or none when the plugin fails to give one (logged)} */
    static ConnectorSettings settingsOf(PluginType type, Locale locale) {
        try {
            return Objects.requireNonNull(type.settings(locale), "no settings form");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "plugin type " + type + " failed to give its settings form", e);
            return ConnectorSettings.NONE;
        }
    }

    /** {@return a failure's message for a user, its type when it has none} */
    static String messageOf(Throwable error) {
        if (error == null) {
            return "";
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** Calls foreign code that should not fail; {@code fallback} when it throws or answers blank. */
    static String guarded(Supplier<String> call, String fallback) {
        try {
            String value = call.get();
            return value == null || value.isBlank() ? fallback : value.strip();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a plugin failed to answer", e);
            return fallback;
        }
    }
}
