package org.samklang.core.spi;

import java.time.Instant;

import org.samklang.core.api.internal.Checks;

/**
 * How a plugin's connection to its remote is doing, shown to the user next to the channel.
 * <p>
 * Plugins report health instead of throwing: a channel that stopped working says so with a reason the user can
 * act on ("IMAP login failed: password rejected"), and since when.
 *
 * @param status how it is doing
 * @param reason why, in words a user or admin understands; empty when online
 * @param since  when this status began
 */
public record ConnectorHealth(Status status, String reason, Instant since) {

    /** Coarse health of a connection. */
    public enum Status {
        /** Working. */
        ONLINE,
        /** Working partly or slowly (reconnecting, rate-limited, one of two servers down). */
        DEGRADED,
        /** Not working; sends fail as retryable and nothing is received. */
        OFFLINE
    }

    public ConnectorHealth {
        Checks.notNull(status, "status");
        Checks.notNull(reason, "reason");
        Checks.notNull(since, "since");
        if (status != Status.ONLINE && reason.isBlank()) {
            throw new IllegalArgumentException(status + " health needs a reason");
        }
    }

    /** Online since {@code since}. */
    public static ConnectorHealth online(Instant since) {
        return new ConnectorHealth(Status.ONLINE, "", since);
    }
}
