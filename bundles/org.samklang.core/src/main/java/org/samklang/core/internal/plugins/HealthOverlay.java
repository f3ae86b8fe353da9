package org.samklang.core.internal.plugins;

import java.time.Instant;

import org.samklang.core.spi.ConnectorHealth;

/** The status an instance shows: its plugin's health, and that it runs on earlier settings when it is otherwise fine. */
final class HealthOverlay {

    private HealthOverlay() {
    }

    /**
     * {@return {@code health}, or degraded with {@code refusedReason} when the plugin is online but its newest settings
     * were refused} A plugin that is itself degraded or offline says the more urgent thing.
     */
    static ConnectorHealth of(ConnectorHealth health, String refusedReason, Instant refusedSince) {
        if (refusedReason.isEmpty() || health.status() != ConnectorHealth.Status.ONLINE) {
            return health;
        }
        return new ConnectorHealth(ConnectorHealth.Status.DEGRADED, refusedReason, refusedSince);
    }
}
