package org.samklang.sandbox.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;

/**
 * A sandbox backend (CRM, ERP, PBX, people directory, knowledge base) as a plugin type: the settings every sandbox connector has
 * (reachable, answer delay) and a Test connection that names the simulated server. Each backend is a
 * {@code @Component(service = PluginType.class)} subclass naming its factory PID, kind, texts and server.
 */
public abstract class SandboxBackendType implements PluginType {

    private final String factoryPid;
    private final ConnectorKind kind;
    private final String textKey;
    private final String server;

    /**
     * @param textKey the prefix of its name and description in {@code SandboxMessages} ({@code crmType} gives
     *                {@code crmType.name} and {@code crmType.description})
     * @param server  the simulated server Test connection names, host and port
     */
    protected SandboxBackendType(String factoryPid, ConnectorKind kind, String textKey, String server) {
        this.factoryPid = Objects.requireNonNull(factoryPid, "factoryPid");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.textKey = Objects.requireNonNull(textKey, "textKey");
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public final String factoryPid() {
        return factoryPid;
    }

    @Override
    public final ConnectorKind kind() {
        return kind;
    }

    @Override
    public final String displayName(Locale locale) {
        return SandboxMessages.text(locale, textKey + ".name");
    }

    @Override
    public final String description(Locale locale) {
        return SandboxMessages.text(locale, textKey + ".description");
    }

    @Override
    public final ConnectorSettings settings(Locale locale) {
        return SandboxRemote.settings(locale);
    }

    /** Refused while {@code online} is off; otherwise answers after the configured delay, naming the server. */
    @Override
    public final CompletableFuture<ConnectionTestResult> testConnection(ConnectorConfiguration configuration,
            Locale locale) {
        if (!configuration.flag(SandboxRemote.ONLINE, true)) {
            return CompletableFuture.completedFuture(ConnectionTestResult.failed(
                    SandboxMessages.text(locale, "test.refused", server)));
        }
        long delay = configuration.number(SandboxRemote.LATENCY_MILLIS, 0);
        return CompletableFuture.supplyAsync(() -> ConnectionTestResult.succeeded(SandboxMessages.text(locale,
                "test.connected", server, displayName(locale))),
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
    }
}
