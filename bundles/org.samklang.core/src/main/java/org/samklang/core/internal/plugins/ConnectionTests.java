package org.samklang.core.internal.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.PluginType;

/**
 * Test connection with values not saved yet: checked against the type's form first (a value the form refuses never
 * reaches the plugin), secrets left out taken from the stored instance, and the plugin's answer bounded in time. The
 * result is always an answer, never an exception.
 */
final class ConnectionTests {

    /** How long a plugin may take to test. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    private final PluginHost host;
    private final SecretStore secrets;
    private final Clock clock;
    private final Duration limit;
    /** Plugins' test calls run here: one that blocks (against the contract) holds one of these, not the caller. */
    private final Executor calls = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("samklang-plugin-test-", 0).factory());

    ConnectionTests(PluginHost host, SecretStore secrets, Clock clock, Duration limit) {
        this.host = host;
        this.secrets = secrets;
        this.clock = clock;
        this.limit = limit;
    }

    /** {@return the test of {@code edit}, running} Reads secure storage; on the settings thread. */
    CompletableFuture<ConnectionTestResult> prepare(PluginInstanceEdit edit, Locale locale) {
        Optional<PluginType> type = host.type(edit.factoryPid());
        if (type.isEmpty()) {
            return failed(PluginTexts.text(locale, "type.unknown", edit.factoryPid()));
        }
        ConnectorSettings settings = PluginCalls.settingsOf(type.get(), locale);
        Map<String, String> values = new LinkedHashMap<>(edit.values());
        for (String key : settings.secretKeys()) {
            if (!values.containsKey(key)) {
                try {
                    secrets.read(edit.instanceId(), key).ifPresent(secret -> values.put(key, secret));
                } catch (SecretStore.SecretStoreException e) {
                    return failed(PluginTexts.text(locale, "settings.secretsUnreadable", e.getMessage()));
                }
            }
        }
        List<SettingProblem> problems = settings.problems(values, locale);
        if (!problems.isEmpty()) {
            return failed(problems.get(0).message());
        }
        return run(type.get(), ConnectorConfiguration.of(settings, values), locale);
    }

    private CompletableFuture<ConnectionTestResult> run(PluginType type, ConnectorConfiguration configuration,
            Locale locale) {
        Instant started = clock.instant();
        CompletableFuture<ConnectionTestResult> answer = CompletableFuture.supplyAsync(() -> {
            CompletableFuture<ConnectionTestResult> asked = type.testConnection(configuration, locale);
            return asked == null
                    ? CompletableFuture.<ConnectionTestResult>failedFuture(new IllegalStateException("no answer"))
                    : asked;
        }, calls).thenCompose(asked -> asked);
        return answer.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).handle((result, error) -> {
            Duration took = Duration.between(started, clock.instant());
            if (error == null && result != null) {
                return result.took(took.isNegative() ? Duration.ZERO : took);
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error;
            if (cause instanceof TimeoutException) {
                return ConnectionTestResult.failed(PluginTexts.text(locale, "test.timedOut",
                        limit.toMillis() / 1000.0));
            }
            PluginHost.LOG.log(System.Logger.Level.WARNING, "plugin type " + type + " failed its connection test",
                    cause);
            return ConnectionTestResult.failed(PluginTexts.text(locale, "test.threw",
                    PluginCalls.messageOf(cause == null ? new IllegalStateException("no answer") : cause)));
        });
    }

    private static CompletableFuture<ConnectionTestResult> failed(String message) {
        return CompletableFuture.completedFuture(ConnectionTestResult.failed(message));
    }
}
