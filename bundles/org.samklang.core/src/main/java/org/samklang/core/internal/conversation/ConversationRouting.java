package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.SkillRequirement;

/**
 * The engine's command for the routing runtime: records where a conversation waits. Not part of the public
 * {@code ConversationService}: only routing decides queues.
 * <p>
 * Thread-safe; returns at once with a future that completes on an engine thread after the change and its
 * {@code ConversationRouted} event are committed.
 */
public interface ConversationRouting {

    /**
     * Stores the conversation's queue, the skills it needs, its priority and its SLA deadline, replacing earlier
     * values. Idempotent: the same values again change nothing and record no event. The future fails with
     * {@link IllegalArgumentException} for an unknown id, a blank queue, null skills, a priority outside 1-9 or a
     * null deadline; then nothing is stored.
     *
     * @param slaDeadline when the conversation must be answered to meet the queue's service-level target
     */
    CompletableFuture<Conversation> route(ConversationId id, String queueId, List<SkillRequirement> skills,
            int priority, Instant slaDeadline);
}
