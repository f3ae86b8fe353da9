package org.samklang.sandbox.internal.knowledge;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxMessages;
import org.samklang.sandbox.internal.SandboxRemote;

/**
 * The sandbox knowledge base as a plugin type: a connector (not a channel) going through the same path as a real
 * one. Its instances are {@link SandboxKnowledgeInstance}s; they take the settings every sandbox connector has
 * (reachable, answer delay).
 */
@Component(service = PluginType.class)
public final class SandboxKnowledgeType implements PluginType {

    /** The factory PID of sandbox knowledge base instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.knowledge";
    private static final String SERVER = "help.sandbox.samklang.example:443";

    @Override
    public String factoryPid() {
        return FACTORY_PID;
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.KNOWLEDGE;
    }

    @Override
    public String displayName(Locale locale) {
        return SandboxMessages.text(locale, "knowledgeType.name");
    }

    @Override
    public String description(Locale locale) {
        return SandboxMessages.text(locale, "knowledgeType.description");
    }

    @Override
    public ConnectorSettings settings(Locale locale) {
        return SandboxRemote.settings(locale);
    }

    /** Refused while {@code online} is off; otherwise answers after the configured delay, naming the server. */
    @Override
    public CompletableFuture<ConnectionTestResult> testConnection(ConnectorConfiguration configuration,
            Locale locale) {
        if (!configuration.flag(SandboxRemote.ONLINE, true)) {
            return CompletableFuture.completedFuture(ConnectionTestResult.failed(
                    SandboxMessages.text(locale, "test.refused", SERVER)));
        }
        long delay = configuration.number(SandboxRemote.LATENCY_MILLIS, 0);
        return CompletableFuture.supplyAsync(() -> ConnectionTestResult.succeeded(SandboxMessages.text(locale,
                "test.connected", SERVER, displayName(locale))),
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
    }
}
