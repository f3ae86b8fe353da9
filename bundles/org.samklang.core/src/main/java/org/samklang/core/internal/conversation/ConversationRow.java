package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;

/** A conversation row as stored, including what the public model leaves out (party, merge pointer). */
record ConversationRow(ConversationId id, CustomerId customerId, String channelId, MediaType mediaType,
        Optional<String> party, String subject, ConversationState state, Optional<String> assignee, Instant openedAt,
        Instant lastActivityAt, Optional<Instant> closedAt, int messageCount,
        Optional<ConversationId> mergedInto) {

    /** This row after one more message at {@code at}. */
    ConversationRow touched(Instant at) {
        Instant activity = at.isAfter(lastActivityAt) ? at : lastActivityAt;
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, state, assignee, openedAt,
                activity, closedAt, messageCount + 1, mergedInto);
    }

    ConversationRow withState(ConversationState newState, Instant now) {
        Optional<Instant> closed = newState.isOpen() ? Optional.empty() : Optional.of(now);
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, newState, assignee,
                openedAt, lastActivityAt, closed, messageCount, mergedInto);
    }

    ConversationRow withAssignee(Optional<String> agentId) {
        return new ConversationRow(id, customerId, channelId, mediaType, party, subject, state, agentId, openedAt,
                lastActivityAt, closedAt, messageCount, mergedInto);
    }

    Conversation toModel() {
        return new Conversation(id, customerId, channelId, mediaType, state, subject, assignee, openedAt,
                lastActivityAt, messageCount);
    }
}
