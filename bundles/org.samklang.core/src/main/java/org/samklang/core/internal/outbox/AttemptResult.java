package org.samklang.core.internal.outbox;

import org.samklang.core.spi.SendResult;

/**
 * What the outbox learnt from one call of a channel's {@code send}: the channel's result, or, when the plugin threw
 * or returned nothing, a retry whose outcome is unknown (the remote may have the message).
 */
record AttemptResult(SendResult result, boolean outcomeUnknown) {

    static AttemptResult of(SendResult result) {
        return new AttemptResult(result, false);
    }

    /** The plugin did not say how the attempt ended; it is tried again, and told that. */
    static AttemptResult unknown(String reason) {
        return new AttemptResult(SendResult.retry(reason), true);
    }
}
