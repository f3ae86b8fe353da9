package org.samklang.core.internal.routing;

import java.time.Duration;

/**
 * SLA ageing as a stable order key.
 * <p>
 * A contact's urgency grows with its wait relative to its queue's target time T, scaled by priority:
 * urgency(t) = (t - arrival) / (T * weight). Ordering contacts by urgency at any moment t is the same as
 * ordering them by the instant their urgency reaches 1, the <em>virtual deadline</em>
 * {@code arrival + T * weight}, which does not change while they wait. So heaps and sorted sets keyed by
 * the deadline stay valid as time passes, and old low-priority work overtakes new high-priority work once
 * its deadline is earlier: it is never starved.
 * <p>
 * weight = 2^((5 - priority) / 2): priority 5 waits up to T, each two steps up halve the allowed wait
 * (priority 7: T/2, 9: T/4) and each two steps down double it (3: 2T, 1: 4T).
 * A queue with a 24 h target therefore yields to a 20 s voice queue until its contacts have waited
 * proportionally as long, which is what a blended agent should do.
 */
public final class Urgency {

    private static final double[] WEIGHTS = new double[QueueDefinition.MAX_PRIORITY + 1];

    static {
        for (int priority = QueueDefinition.MIN_PRIORITY; priority <= QueueDefinition.MAX_PRIORITY; priority++) {
            WEIGHTS[priority] = Math.pow(2, (QueueDefinition.DEFAULT_PRIORITY - priority) / 2.0);
        }
    }

    private Urgency() {
    }

    /** The priority's weight on the target time. */
    public static double weight(int priority) {
        return WEIGHTS[QueueDefinition.requirePriority(priority)];
    }

    /** The virtual deadline, in epoch milliseconds, of a contact: earlier is more urgent. */
    public static long deadlineMillis(long arrivalMillis, Duration target, int priority) {
        return arrivalMillis + Math.round(target.toMillis() * weight(priority));
    }
}
