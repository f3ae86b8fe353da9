package org.samklang.core.spi;

import java.time.Duration;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * How one attempt of {@link ChannelConnector#send(OutboundMessage, SendAttempt)} ended.
 * <p>
 * {@link Sent} when the remote accepted the message (or the channel found that it already has this idempotency
 * key); {@link RetryableFailure} when the message did not reach the remote and a later attempt may succeed (offline,
 * rate limit, 4xx SMTP before DATA); {@link PermanentFailure} when no attempt will (unknown recipient, message too
 * large, 5xx SMTP); {@link Uncertain} when the channel cannot tell whether the remote got it and will not risk a
 * second delivery.
 * <p>
 * When unsure whether the remote got the message (a timeout after writing it, or an attempt whose
 * {@link SendAttempt#previousOutcomeUnknown()}): a channel whose remote drops a repeated key reports a retryable
 * failure, since the repeat carries the same key; any other channel checks the remote, or reports {@link Uncertain}.
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

    /**
     * The channel cannot tell whether the customer got the message (an earlier attempt's outcome is unknown and the
     * remote neither dedupes nor can be asked), so it did not send it again. Final for the outbox: the message's
     * delivery state becomes {@code UNCERTAIN}, the agent is told to check (e.g. the mailbox's Sent folder) and to
     * send it again only if it did not arrive. A later {@link DeliveryReceipt} may still settle it.
     */
    record Uncertain(String reason) implements SendResult {

        public Uncertain {
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

    /** Not known whether it arrived; not sent again. */
    static SendResult uncertain(String reason) {
        return new Uncertain(reason);
    }
}
