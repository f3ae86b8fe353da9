package org.samklang.core.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * How one attempt of {@link ChannelConnector#send(OutboundMessage)} ended.
 * <p>
 * {@link Sent} when the remote accepted the message (or reported it already had this idempotency key);
 * {@link RetryableFailure} when a later attempt may succeed (offline, timeout, rate limit, 4xx SMTP);
 * {@link PermanentFailure} when no attempt will (unknown recipient, message too large, 5xx SMTP).
 * When unsure whether the remote got the message (a timeout after writing it), report a retryable failure: the
 * repeat carries the same idempotency key, so the remote drops it if it already had it.
 */
public sealed interface SendResult {

    /** The remote accepted the message; {@code remoteId} is its id there, if it gave one (used for receipts). */
    record Sent(Optional<String> remoteId) implements SendResult {

        public Sent {
            Checks.notNull(remoteId, "remoteId");
        }
    }

    /** Try again later; {@code retryAfter} is the remote's own hint (e.g. a rate limit), if any. */
    record RetryableFailure(String reason, Optional<Duration> retryAfter) implements SendResult {

        public RetryableFailure {
            Checks.notBlank(reason, "reason");
            Checks.notNull(retryAfter, "retryAfter");
            retryAfter.ifPresent(delay -> {
                if (delay.isNegative()) {
                    throw new IllegalArgumentException("retryAfter must not be negative");
                }
            });
        }
    }

    /** Do not try again; the message is marked failed with {@code reason}. */
    record PermanentFailure(String reason) implements SendResult {

        public PermanentFailure {
            Checks.notBlank(reason, "reason");
        }
    }

    /** Accepted, with the remote's id. */
    static SendResult sent(String remoteId) {
        return new Sent(Optional.of(Checks.notBlank(remoteId, "remoteId")));
    }

    /** Retry with the core's backoff. */
    static SendResult retry(String reason) {
        return new RetryableFailure(reason, Optional.empty());
    }

    /** Give up. */
    static SendResult failed(String reason) {
        return new PermanentFailure(reason);
    }
}
