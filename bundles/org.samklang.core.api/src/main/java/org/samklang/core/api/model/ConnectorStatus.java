package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The health of one plugin as the status line shows it.
 *
 * @param id the plugin's stable id (for example {@code email} or {@code crm.sandbox})
 * @param displayName what the user sees ("Mail", "CRM")
 * @param role what the plugin does: a channel or a kind of connector
 * @param health online, degraded or offline
 * @param reason why it is not online; empty when online
 * @param since when the plugin entered this health
 */
public record ConnectorStatus(String id, String displayName, Role role, Health health, String reason, Instant since) {

    /**
     * What a plugin is for; {@code STORE} is the desk's own store, listed only when it cannot be opened, and
     * {@code CONFIGURATION} a desk setting file that could not be applied (the desk runs on defaults).
     */
    public enum Role {
        CHANNEL, CRM, ERP, TELEPHONY, PRESENCE, KNOWLEDGE, STORE, CONFIGURATION
    }

    /** The three states a plugin reports instead of throwing. */
    public enum Health {
        ONLINE, DEGRADED, OFFLINE
    }

    public ConnectorStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason;
    }
}
