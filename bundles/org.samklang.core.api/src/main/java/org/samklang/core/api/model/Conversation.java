package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.samklang.core.api.internal.Checks;

/**
 * One exchange with one customer; its messages may come from one or more channels (after a merge).
 * <p>
 * The routing fields (queue, skills needed, priority, SLA deadline) are written by the routing engine when the
 * conversation starts waiting in a queue; until then they hold their defaults. Tags are set by agents. Immutable;
 * the compact constructor rejects bad values with an {@link IllegalArgumentException} naming the component.
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
 * @param queueId        the queue it waits or waited in; empty until routing placed it (or for work the desk
 *                       started itself)
 * @param skillsNeeded   the skills an agent needs to be offered it, each at its minimum level, as its queue required
 *                       them when it arrived; empty if none or not routed yet
 * @param priority       {@value #MIN_PRIORITY} (lowest) to {@value #MAX_PRIORITY} (highest), as its queue set it;
 *                       {@value #DEFAULT_PRIORITY} until routed
 * @param slaDeadline    when it must be answered to meet its queue's service-level target (opened at + the
 *                       queue's target time); empty until routed
 * @param tags           free labels set by agents, sorted, each stripped, not blank and at most
 *                       {@value #MAX_TAG_LENGTH} characters, at most {@value #MAX_TAGS} of them; see
 *                       {@link #normalizeTags(Set)}
 */
public record Conversation(ConversationId id, CustomerId customerId, String channelId, MediaType mediaType,
        ConversationState state, String subject, Optional<String> assignee, Instant openedAt,
        Instant lastActivityAt, int messageCount, Optional<String> queueId, List<SkillRequirement> skillsNeeded,
        int priority, Optional<Instant> slaDeadline, Set<String> tags) {

    /** Lowest priority. */
    public static final int MIN_PRIORITY = 1;
    /** Highest priority. */
    public static final int MAX_PRIORITY = 9;
    /** Priority of a conversation routing has not placed yet, and of a queue that sets none. */
    public static final int DEFAULT_PRIORITY = 5;
    /** Most tags one conversation may carry. */
    public static final int MAX_TAGS = 20;
    /** Longest tag, in characters (UTF-16 units), after stripping. */
    public static final int MAX_TAG_LENGTH = 50;

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
        Checks.notNull(queueId, "queueId");
        if (queueId.isPresent() && queueId.get().isBlank()) {
            throw new IllegalArgumentException("queueId must not be blank");
        }
        skillsNeeded = Checks.copyOf(skillsNeeded, "skillsNeeded");
        requirePriority(priority);
        Checks.notNull(slaDeadline, "slaDeadline");
        tags = normalizeTags(tags);
    }

    /**
     * A conversation routing has not placed yet and nobody tagged: no queue, no skills, priority
     * {@value #DEFAULT_PRIORITY}, no SLA deadline, no tags.
     */
    public Conversation(ConversationId id, CustomerId customerId, String channelId, MediaType mediaType,
            ConversationState state, String subject, Optional<String> assignee, Instant openedAt,
            Instant lastActivityAt, int messageCount) {
        this(id, customerId, channelId, mediaType, state, subject, assignee, openedAt, lastActivityAt, messageCount,
                Optional.empty(), List.of(), DEFAULT_PRIORITY, Optional.empty(), Set.of());
    }

    /**
     * Checks a priority against {@value #MIN_PRIORITY}-{@value #MAX_PRIORITY}.
     *
     * @throws IllegalArgumentException naming the priority when it is out of range
     */
    public static int requirePriority(int priority) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be " + MIN_PRIORITY + "-" + MAX_PRIORITY + ", was "
                    + priority);
        }
        return priority;
    }

    /**
     * The tags as stored: each stripped of surrounding white space, sorted, duplicates folded, unmodifiable.
     *
     * @throws IllegalArgumentException if the set or a tag is null, a tag is blank, has control characters or is
     *                                  longer than {@value #MAX_TAG_LENGTH} characters, or there are more than
     *                                  {@value #MAX_TAGS} tags; the message names the offending tag
     */
    public static SortedSet<String> normalizeTags(Set<String> tags) {
        Checks.notNull(tags, "tags");
        if (tags.isEmpty()) {
            return Collections.emptySortedSet();
        }
        SortedSet<String> sorted = new TreeSet<>();
        for (String tag : tags) {
            sorted.add(normalizeTag(tag));
        }
        if (sorted.size() > MAX_TAGS) {
            throw new IllegalArgumentException("a conversation may have at most " + MAX_TAGS + " tags, got "
                    + sorted.size());
        }
        return Collections.unmodifiableSortedSet(sorted);
    }

    private static String normalizeTag(String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("tags must not contain null");
        }
        String stripped = tag.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a tag must not be blank");
        }
        if (stripped.length() > MAX_TAG_LENGTH) {
            throw new IllegalArgumentException("a tag may have at most " + MAX_TAG_LENGTH + " characters, got "
                    + stripped.length() + ": '" + stripped.substring(0, MAX_TAG_LENGTH) + "...'");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a tag must not contain control characters: '"
                    + stripped.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return stripped;
    }
}
