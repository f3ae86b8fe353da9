package org.samklang.core.internal.conversation;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the items channels hand in that the store already had (the same channel and remote id): stored once,
 * acknowledged as duplicates, never stored again. That is how a retry stays harmless, but a channel that reuses ids
 * would lose messages to it silently, so the count is shown with the channel's health and logged: one line per
 * channel per {@link #logSince()} call (the desk calls it every few seconds), never a line per item.
 * <p>
 * Thread-safe; {@link #count} is called on the writer's completion thread for every duplicate.
 */
public final class DuplicateCount {

    private static final System.Logger LOG = System.getLogger(DuplicateCount.class.getName());

    private record Since(long count, String lastRemoteId) {
    }

    private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();
    private final Map<String, Since> sinceLogged = new ConcurrentHashMap<>();

    void count(String channelId, String remoteId) {
        totals.computeIfAbsent(channelId, id -> new LongAdder()).increment();
        sinceLogged.merge(channelId, new Since(1, remoteId),
                (before, one) -> new Since(before.count() + 1, one.lastRemoteId()));
    }

    /** {@return how many duplicates {@code channelId} handed in since the engine started} */
    public long total(String channelId) {
        LongAdder total = totals.get(channelId);
        return total == null ? 0 : total.sum();
    }

    /** Logs, per channel, the duplicates counted since the last call, one line each; nothing when there were none. */
    public void logSince() {
        Map<String, Since> batch = new TreeMap<>();
        for (String channel : sinceLogged.keySet()) {
            Since since = sinceLogged.remove(channel);
            if (since != null) {
                batch.put(channel, since);
            }
        }
        batch.forEach((channel, since) -> LOG.log(Level.INFO, "{0}: {1} items were already stored and were not"
                + " stored again (the same remote id; the last: {2}); {3} since the desk started", channel,
                since.count(), since.lastRemoteId(), total(channel)));
    }
}
