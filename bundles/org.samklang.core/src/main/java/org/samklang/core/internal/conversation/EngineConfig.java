package org.samklang.core.internal.conversation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.samklang.core.internal.outbox.RetryPolicy;
import org.samklang.core.internal.store.Durability;

/**
 * Settings of the core engine.
 *
 * @param dataDirectory   where the store lives (the user's data directory; a temp dir in tests)
 * @param defaultRegion   ISO 3166 region for national phone numbers, e.g. {@code SE}
 * @param reopenWindow    how long after closing a conversation a new message from the customer on the same channel
 *                        reopens it instead of starting a new one
 * @param durability      commit durability; see {@link Durability}
 * @param readConnections size of the read connection pool
 * @param retryPolicy     outbox retries
 * @param runSenderLoop   whether the outbox sends in the background (tests drive {@code runDue} themselves)
 */
public record EngineConfig(Path dataDirectory, String defaultRegion, Duration reopenWindow, Durability durability,
        int readConnections, RetryPolicy retryPolicy, boolean runSenderLoop) {

    public EngineConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        if (reopenWindow == null || reopenWindow.isNegative()) {
            throw new IllegalArgumentException("reopenWindow must be zero or positive");
        }
        if (readConnections < 1) {
            throw new IllegalArgumentException("readConnections must be 1 or more");
        }
    }

    /** Nordic defaults: region SE, 3-day reopen window, process-crash-safe commits, 4 readers, sender running. */
    public static EngineConfig defaults(Path dataDirectory) {
        return new EngineConfig(dataDirectory, "SE", Duration.ofDays(3), Durability.PROCESS_CRASH_SAFE, 4,
                RetryPolicy.defaults(), true);
    }

    public EngineConfig withSenderLoop(boolean run) {
        return new EngineConfig(dataDirectory, defaultRegion, reopenWindow, durability, readConnections, retryPolicy,
                run);
    }

    public EngineConfig withRetryPolicy(RetryPolicy policy) {
        return new EngineConfig(dataDirectory, defaultRegion, reopenWindow, durability, readConnections, policy,
                runSenderLoop);
    }

    public EngineConfig withDurability(Durability value) {
        return new EngineConfig(dataDirectory, defaultRegion, reopenWindow, value, readConnections, retryPolicy,
                runSenderLoop);
    }

    public EngineConfig withReopenWindow(Duration window) {
        return new EngineConfig(dataDirectory, defaultRegion, window, durability, readConnections, retryPolicy,
                runSenderLoop);
    }
}
