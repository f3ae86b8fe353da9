package org.samklang.sandbox.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.SettingDescriptor;

/**
 * The simulated remote behind a sandbox connector: whether it is reachable and how slowly it answers, both
 * switchable in the connector's settings so a demo can show the desktop coping with a slow or dead CRM.
 * Thread-safe.
 */
public final class SandboxRemote {

    /** Setting: whether the simulated remote answers. */
    public static final String ONLINE = "online";
    /** Setting: how long each answer takes, in milliseconds. */
    public static final String LATENCY_MILLIS = "latencyMillis";

    private static final System.Logger LOG = System.getLogger(SandboxRemote.class.getName());

    private final String displayName;
    private final Clock clock;
    private volatile boolean online = true;
    private volatile long latencyMillis;
    private volatile Instant since;

    public SandboxRemote(String displayName, Clock clock) {
        this.displayName = displayName;
        this.clock = clock;
        this.since = clock.instant();
    }

    /** {@return ONLINE, or OFFLINE with the reason while switched off} */
    public ConnectorHealth health() {
        return online
                ? ConnectorHealth.online(since)
                : new ConnectorHealth(ConnectorHealth.Status.OFFLINE,
                        SandboxMessages.text(Locale.getDefault(), "health.offline"), since);
    }

    public boolean isOnline() {
        return online;
    }

    /** {@return the delay added to every answer, in milliseconds} */
    public long latencyMillis() {
        return latencyMillis;
    }

    /** {@return the two settings every sandbox connector has, labelled in {@code locale}} */
    public static ConnectorSettings settings(Locale locale) {
        Locale chosen = locale == null ? Locale.ENGLISH : locale;
        return ConnectorSettings.of(
                SettingDescriptor.of(ONLINE, SettingDescriptor.Type.BOOLEAN,
                        SandboxMessages.text(chosen, "setting.online.label"),
                        SandboxMessages.text(chosen, "setting.online.description"), "true", true),
                SettingDescriptor.number(LATENCY_MILLIS, SandboxMessages.text(chosen, "setting.latency.label"),
                        SandboxMessages.text(chosen, "setting.latency.description"), 0, 0, 10_000));
    }

    /** Applies the settings at once; a change of reachability restarts the health's "since". */
    public void configure(ConnectorConfiguration configuration) {
        boolean wanted = configuration.flag(ONLINE, true);
        latencyMillis = Math.max(0, configuration.number(LATENCY_MILLIS, 0));
        if (wanted != online) {
            online = wanted;
            since = clock.instant();
            LOG.log(Level.INFO, "{0} switched {1}", displayName, wanted ? "on" : "off");
        }
    }

    /**
     * {@return the work's result, after the configured delay, or a failed future while switched off} The work
     * runs on the delaying thread when there is a delay; it must not block. Never throws: an exception from the
     * work becomes a failed future.
     */
    public <T> CompletableFuture<T> answer(Supplier<T> work) {
        if (!online) {
            return CompletableFuture.failedFuture(new ConnectorFailure(
                    SandboxMessages.text(Locale.getDefault(), "failure.offline", displayName), true));
        }
        long delay = latencyMillis;
        if (delay == 0) {
            return run(work);
        }
        return CompletableFuture.supplyAsync(() -> null,
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)).thenCompose(ignored -> run(work));
    }

    private <T> CompletableFuture<T> run(Supplier<T> work) {
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, displayName + " failed", e);
            return CompletableFuture.failedFuture(new ConnectorFailure(
                    SandboxMessages.text(Locale.getDefault(), "failure.internal", displayName, e.getMessage()), false,
                    e));
        }
    }
}
