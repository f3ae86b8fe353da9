package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One exchange with one customer; its messages may come from one or more channels (after a merge).
 * <p>
 * Routing fields (queue, skills, priority, SLA deadline, tags) belong to the routing engine and are not part of
 * this record yet.
 *
 * @param id             the conversation's id
 * @param customerId     the customer it belongs to
 * @param channelId      the channel it started on, e.g. {@code email.support}
 * @param mediaType      the media type of that channel
 * @param state          where it is in its life cycle
 * @param subject        the subject of its first message; empty for channels without subjects
 * @param assignee       the agent handling it, if any
 * @param openedAt       when it was created
 * @param lastActivityAt when its latest message was received or queued; inbox order
 * @param messageCount   how many messages it holds, 0 or more
 */
public record Conversation(ConversationId id, CustomerId customerId, String channelId, MediaType mediaType,
        ConversationState state, String subject, Optional<String> assignee, Instant openedAt,
        Instant lastActivityAt, int messageCount) {

    public Conversation {
        Checks.notNull(id, "conversation id");
        Checks.notNull(customerId, "customerId");
        Checks.notBlank(channelId, "channelId");
        Checks.notNull(mediaType, "mediaType");
        Checks.notNull(state, "state");
        Checks.notNull(subject, "subject");
        Checks.notNull(assignee, "assignee");
        Checks.notNull(openedAt, "openedAt");
        Checks.notNull(lastActivityAt, "lastActivityAt");
        if (messageCount < 0) {
            throw new IllegalArgumentException("messageCount must not be negative, got " + messageCount);
        }
    }
}
