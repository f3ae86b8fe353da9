package org.samklang.core.internal.plugins;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingDescriptor.Type;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;

/**
 * The type of {@link TestChannel}s: a mailbox with a host, a port, an optional password and an optional URL. Its
 * connection test fails for a {@code down.} host, never answers for a {@code silent.} one and blocks for a
 * {@code stuck.} one.
 */
public final class TestChannelType implements PluginType {

    public static final String PID = "org.samklang.test.mailbox";
    /** Holds a test of a {@code stuck.} host until counted down. */
    public static final CountDownLatch STUCK = new CountDownLatch(1);

    public static final ConnectorSettings SETTINGS = ConnectorSettings.of(
            SettingDescriptor.of("host", Type.TEXT, "Server", "", "", true),
            SettingDescriptor.number("port", "Port", "", 993, 1, 65_535),
            SettingDescriptor.of("password", Type.SECRET, "Password", "", "", false),
            SettingDescriptor.of("api", Type.URL, "API", "", "", false));

    @Override
    public String factoryPid() {
        return PID;
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.CHANNEL;
    }

    @Override
    public String displayName(Locale locale) {
        return "Test mailbox";
    }

    @Override
    public String description(Locale locale) {
        return "A mailbox for tests.";
    }

    @Override
    public ConnectorSettings settings(Locale locale) {
        return SETTINGS;
    }

    @Override
    public CompletableFuture<ConnectionTestResult> testConnection(ConnectorConfiguration configuration,
            Locale locale) {
        String host = configuration.text("host").orElse("?");
        long port = configuration.number("port", 0);
        if (host.startsWith("stuck.")) {
            // Against the contract: blocks the calling thread until the test lets it go.
            try {
                STUCK.await(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (host.startsWith("silent.")) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.completedFuture(host.startsWith("down.")
                ? ConnectionTestResult.failed("could not connect to " + host + ":" + port + ": connection refused")
                : ConnectionTestResult.succeeded("signed in to " + host + ":" + port));
    }

    /** The service properties DS gives an instance of this type configured with {@code settings}. */
    public static Map<String, Object> instance(String instanceId, Object... settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("service.pid", PID + "~" + instanceId);
        properties.put("service.factoryPid", PID);
        properties.put("component.name", "org.samklang.test.TestChannelComponent");
        properties.put("component.id", 7L);
        properties.put(PluginType.INSTANCE, instanceId);
        for (int i = 0; i < settings.length; i += 2) {
            properties.put((String) settings[i], settings[i + 1]);
        }
        return properties;
    }
}
