package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A waiting contact proposed to one agent (also called a reservation or an alert).
 * <p>
 * The agent accepts or declines it before {@link #expiresAt()}; after that the offer times out
 * (ring-no-answer for calls), the agent is set not ready ("not-responding") and the contact goes back
 * to its queue, keeping its place. An agent holds at most one open offer at a time.
 * Immutable; the compact constructor rejects missing values and an expiry before the offer time.
 *
 * @param itemId    the offered contact (work item) id
 * @param queueId   the queue the contact arrived in
 * @param mediaType the contact's media type
 * @param agentId   the agent the contact is offered to
 * @param offeredAt when the offer was made
 * @param expiresAt when the offer times out if unanswered
 */
public record Offer(String itemId, String queueId, MediaType mediaType, String agentId, Instant offeredAt,
        Instant expiresAt) {

    public Offer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (expiresAt.isBefore(offeredAt)) {
            throw new IllegalArgumentException("offer of " + itemId + " expires (" + expiresAt
                    + ") before it was made (" + offeredAt + ")");
        }
    }
}
