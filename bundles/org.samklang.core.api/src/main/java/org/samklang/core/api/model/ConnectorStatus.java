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
 * @param duplicates for a channel, how many items it handed in since the desk started that were already stored
 *                   (the same remote id) and were not stored again; zero for connectors
 */
public record ConnectorStatus(String id, String displayName, Role role, Health health, String reason, Instant since,
        long duplicates) {

    /**
     * What a plugin is for; {@code CONFIGURATION} is a desk setting file that could not be applied (the desk runs
     * on defaults). {@code STORE} is no longer listed: the store's health has its own service
     * ({@code StoreHealthService}).
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
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates must not be negative: " + duplicates);
        }
    }

    /** A status without duplicates (every connector, and a channel that handed in none). */
    public ConnectorStatus(String id, String displayName, Role role, Health health, String reason, Instant since) {
        this(id, displayName, role, health, reason, since, 0);
    }
}
