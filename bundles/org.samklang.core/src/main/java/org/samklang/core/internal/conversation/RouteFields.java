package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.SkillRequirement;

/**
 * What routing wrote on a conversation when it started waiting in a queue; {@link #NONE} until then. Immutable.
 *
 * @param queueId     the queue; empty until routed
 * @param skills      skills an agent needs, each at its minimum level
 * @param priority    1-9
 * @param slaDeadline when it must be answered to meet the queue's target; empty until routed
 */
record RouteFields(Optional<String> queueId, List<SkillRequirement> skills, int priority,
        Optional<Instant> slaDeadline) {

    /** Not routed yet: the defaults of {@link Conversation}. */
    static final RouteFields NONE = new RouteFields(Optional.empty(), List.of(), Conversation.DEFAULT_PRIORITY,
            Optional.empty());

    RouteFields {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(slaDeadline, "slaDeadline");
        skills = List.copyOf(skills);
        Conversation.requirePriority(priority);
    }

    /**
     * A placement in {@code queueId}, checked before it is queued for the writer.
     *
     * @throws IllegalArgumentException for a blank queue, null or null-holding skills, a priority outside 1-9 or
     *                                  no deadline
     */
    static RouteFields routed(String queueId, List<SkillRequirement> skills, int priority, Instant slaDeadline) {
        if (queueId == null || queueId.isBlank()) {
            throw new IllegalArgumentException("queue id must not be blank");
        }
        if (skills == null || skills.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("skills must not be null or contain null");
        }
        if (slaDeadline == null) {
            throw new IllegalArgumentException("SLA deadline must not be null");
        }
        return new RouteFields(Optional.of(queueId), skills, Conversation.requirePriority(priority),
                Optional.of(slaDeadline));
    }
}
