package org.samklang.core.internal.routing;

import java.util.Comparator;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The engine's pending deadlines (offer timeouts, overflow steps, decline cooldowns), earliest first.
 * A sorted set rather than a heap so cancelling is a real O(log n) removal: an email's 24-hour overflow
 * step must not linger after the email was answered.
 */
final class TimerQueue {

    enum Kind {
        OFFER_TIMEOUT, OVERFLOW, DECLINE_COOLDOWN
    }

    record Timer(long dueMillis, long seq, Kind kind, WorkItem item, AgentState agent) {
    }

    private static final Comparator<Timer> BY_DUE = (a, b) -> {
        int byDue = Long.compare(a.dueMillis, b.dueMillis);
        return byDue != 0 ? byDue : Long.compare(a.seq, b.seq);
    };

    private final TreeSet<Timer> timers = new TreeSet<>(BY_DUE);
    private long nextSeq;

    Timer schedule(long dueMillis, Kind kind, WorkItem item, AgentState agent) {
        Timer timer = new Timer(dueMillis, nextSeq++, kind, item, agent);
        timers.add(timer);
        return timer;
    }

    /** Cancels a timer; null and already-fired timers are ignored. */
    void cancel(Timer timer) {
        if (timer != null) {
            timers.remove(timer);
        }
    }

    /** Removes and returns the earliest timer due at {@code nowMillis}, or null. */
    Timer pollDue(long nowMillis) {
        if (timers.isEmpty() || timers.first().dueMillis() > nowMillis) {
            return null;
        }
        return timers.pollFirst();
    }

    OptionalLong nextDueMillis() {
        return timers.isEmpty() ? OptionalLong.empty() : OptionalLong.of(timers.first().dueMillis());
    }

    int size() {
        return timers.size();
    }
}
