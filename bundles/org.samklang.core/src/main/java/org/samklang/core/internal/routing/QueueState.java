package org.samklang.core.internal.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.OverflowState;
import org.samklang.core.internal.sla.QueueStatistics;

/** A defined queue: its definition, its own pool, its figures and its overflow episodes (one per rule). */
final class QueueState {

    private static final Duration MIN_EPISODE_WINDOW = Duration.ofMinutes(1);

    final QueueDefinition definition;
    final RoutingPool pool;
    final QueueStatistics statistics;
    private final Instant[] episodeSince;
    private final Instant[] lastOverflowAt;
    private final int[] episodeContacts;

    QueueState(QueueDefinition definition, QueueStatistics statistics) {
        this.definition = definition;
        this.pool = new RoutingPool(definition.id(), definition.mediaType());
        this.statistics = statistics;
        int rules = definition.overflowRules().size();
        this.episodeSince = new Instant[rules];
        this.lastOverflowAt = new Instant[rules];
        this.episodeContacts = new int[rules];
    }

    /** A contact overflowed by rule {@code step}: starts or extends that rule's episode. */
    void recordOverflow(int step, Instant now) {
        if (episodeSince[step] == null) {
            episodeSince[step] = now;
        }
        lastOverflowAt[step] = now;
        episodeContacts[step]++;
    }

    /**
     * Ends the episodes that are over and returns the active ones in rule order. An episode lasts while a contact
     * overflowed by its rule within the last rule time (at least a minute), or while contacts still wait at least
     * half the rule time; so it neither flickers between contacts nor vanishes when voicemail empties the queue.
     */
    List<OverflowState> activeOverflows(Instant now) {
        List<OverflowState> active = new ArrayList<>();
        List<OverflowRule> rules = definition.overflowRules();
        for (int step = 0; step < rules.size(); step++) {
            if (episodeSince[step] == null) {
                continue;
            }
            OverflowRule rule = rules.get(step);
            if (isOver(rule, lastOverflowAt[step], now)) {
                episodeSince[step] = null;
                lastOverflowAt[step] = null;
                episodeContacts[step] = 0;
                continue;
            }
            active.add(new OverflowState(definition.id(), rule.kind(), rule.targetId(), episodeSince[step],
                    episodeContacts[step]));
        }
        return active;
    }

    private boolean isOver(OverflowRule rule, Instant lastOverflow, Instant now) {
        Duration window = rule.after().compareTo(MIN_EPISODE_WINDOW) < 0 ? MIN_EPISODE_WINDOW : rule.after();
        boolean recentOverflow = now.isBefore(lastOverflow.plus(window));
        boolean stillCongested = statistics.waiting() > 0
                && statistics.longestWait(now).multipliedBy(2).compareTo(rule.after()) >= 0;
        return !recentOverflow && !stillCongested;
    }
}
