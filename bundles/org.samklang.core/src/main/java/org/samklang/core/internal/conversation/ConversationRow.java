package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;

/** A conversation row as stored, including what the public model leaves out (party, merge pointer). */
record ConversationRow(ConversationId id, CustomerId customerId, String channelId, MediaType mediaType,
        Optional<String> party, String subject, ConversationState state, Optional<String> assignee, Instant openedAt,
        Instant lastActivityAt, Optional<Instant> closedAt, int messageCount,
        Optional<ConversationId> mergedInto, RouteFields route, Set<String> tags) {

    /** Tags are normalised where they enter (store read, set command), not here: touches run per message. */
    ConversationRow {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(tags, "tags");
    }

    /** This row after one more message at {@code at}. */
    ConversationRow touched(Instant at) {
        Instant activity = at.isAfter(lastActivityAt) ? at : lastActivityAt;
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, state, assignee, openedAt,
                activity, closedAt, messageCount + 1, mergedInto, route, tags);
    }

    ConversationRow withState(ConversationState newState, Instant now) {
        Optional<Instant> closed = newState.isOpen() ? Optional.empty() : Optional.of(now);
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, newState, assignee,
                openedAt, lastActivityAt, closed, messageCount, mergedInto, route, tags);
    }

    /** This row reopened (state NEW) with a new opening time. */
    ConversationRow reopened(Instant newOpenedAt) {
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, ConversationState.NEW,
                assignee, newOpenedAt, lastActivityAt, Optional.empty(), messageCount, mergedInto, route, tags);
    }

    ConversationRow withAssignee(Optional<String> agentId) {
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, state, agentId, openedAt,
                lastActivityAt, closedAt, messageCount, mergedInto, route, tags);
    }

    ConversationRow withRoute(RouteFields newRoute) {
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, state, assignee, openedAt,
                lastActivityAt, closedAt, messageCount, mergedInto, newRoute, tags);
    }

    ConversationRow withTags(Set<String> newTags) {
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, state, assignee, openedAt,
                lastActivityAt, closedAt, messageCount, mergedInto, route, newTags);
    }

    Conversation toModel() {
        return new Conversation(id, customerId, channelId, mediaType, state, subject, assignee, openedAt,
                lastActivityAt, messageCount, route.queueId(), route.skills(), route.priority(), route.slaDeadline(),
                tags);
    }
}
