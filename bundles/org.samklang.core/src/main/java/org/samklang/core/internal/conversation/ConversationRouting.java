package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.sla.CountedOutcome;

/**
 * The engine's commands for the routing runtime: where a conversation waits, how it waits, who accepted it, and
 * what the queues counted. Not part of the public {@code ConversationService}: only routing decides queues and offers.
 * <p>
 * Thread-safe; each write returns at once with a future that completes on an engine thread after the change and
 * its journal events are committed. These are the engine's own decisions with no caller to hand them back to, so
 * while the store cannot write they are kept and saved when it can again (in order); the futures then complete late,
 * and fail only if the engine closes first (or, at once, for an unknown id or bad arguments).
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

    /**
     * Moves a conversation that still waits for an answer (new, queued or offered) to another waiting state; one
     * answered or closed meanwhile is left as it is, so an offer decided a moment before the agent answered at the
     * phone never turns an answered conversation back into "offered". Fails with {@link IllegalArgumentException}
     * for an unknown id or a state that is not a waiting one.
     */
    CompletableFuture<Conversation> markWaiting(ConversationId id, ConversationState state);

    /** Keeps one outcome a queue counted in its figures (see {@link CountedOutcome}). */
    CompletableFuture<Void> keepOutcome(String queueId, CountedOutcome outcome);

    /** {@return the outcomes kept at or after {@code from}, by queue id, each in time order; reads the store} */
    Map<String, List<CountedOutcome>> outcomesSince(Instant from);

    /**
     * Assigns the conversation to the agent who accepted its offer and makes it active, in one change. Fails with
     * {@link IllegalArgumentException} for an unknown id or a blank agent id.
     */
    CompletableFuture<Conversation> accepted(ConversationId id, String agentId);
}
