package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The health of one plugin as the status line shows it.
 *
 * @param id the plugin's stable id (for example {@code email} or {@code crm.sandbox})
 * @param displayName what the user sees ("Mail", "CRM")
 * @param role what the plugin does: a channel or a kind of connector
 * @param health online, degraded or offline
 * @param reason why it is not online; empty when online. For {@link Role#CONFIGURATION} a
 *               {@link ConfigurationProblem#toCoded() coded} problem the desktop words itself
 * @param since when the plugin entered this health
 * @param duplicates for a channel, how many items it handed in since the desk started that were already stored
 *                   (the same remote id) and were not stored again; zero for connectors
 * @param unresolvedAddresses for a presence source, how many distinct addresses it named people by that the people
 *                   directory cannot resolve right now (their reports wait until it can); zero otherwise
 * @param unresolvedExamples a few of those addresses (at most {@value #MAX_EXAMPLES}), in the order they came
 */
public record ConnectorStatus(String id, String displayName, Role role, Health health, String reason, Instant since,
        long duplicates, int unresolvedAddresses, List<UnresolvedAddress> unresolvedExamples) {

    /** Most unresolved addresses a status names. */
    public static final int MAX_EXAMPLES = 3;

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
        unresolvedExamples = List.copyOf(Objects.requireNonNull(unresolvedExamples, "unresolvedExamples"));
        if (unresolvedAddresses < unresolvedExamples.size() || unresolvedExamples.size() > MAX_EXAMPLES) {
            throw new IllegalArgumentException("at most " + MAX_EXAMPLES + " examples of the " + unresolvedAddresses
                    + " unresolved addresses, got " + unresolvedExamples.size());
        }
    }

    /** A status with duplicates and without unresolved addresses. */
    public ConnectorStatus(String id, String displayName, Role role, Health health, String reason, Instant since,
            long duplicates) {
        this(id, displayName, role, health, reason, since, duplicates, 0, List.of());
    }

    /** A status without duplicates (every connector, and a channel that handed in none). */
    public ConnectorStatus(String id, String displayName, Role role, Health health, String reason, Instant since) {
        this(id, displayName, role, health, reason, since, 0);
    }
}
