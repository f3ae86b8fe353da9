package org.samklang.logging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Decides which failures reach the log: the first of a kind in a window is written, the same failure again within
 * the window is only counted, and the count is written once the window is over. "The same" means the same logger,
 * level, message with its numbers left out, and exception types, so "batch of 37 failed" and "batch of 12 failed"
 * are one failure and two plugins failing are two.
 * <p>
 * Not thread-safe: the handler that owns it serialises the calls.
 */
final class RepeatedFailures {

    /** Written when a window closes: how often {@code first} came again after it was written. */
    record Summary(LogRecord first, int repeats, Instant lastAt) {
    }

    /** Whether to write the record now, and the summaries of closed windows to write before it. */
    record Decision(boolean write, List<Summary> summaries) {
    }

    /** Failures kept apart at most; the oldest is summarised early beyond it. */
    static final int CAPACITY = 1_000;

    private static final Formatter MESSAGES = new SimpleFormatter();

    private final Duration window;
    private final Clock clock;
    private final Map<String, Seen> seen = new LinkedHashMap<>();

    RepeatedFailures(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    Decision offer(LogRecord record) {
        Instant now = clock.instant();
        List<Summary> summaries = due(now);
        String key = key(record);
        Seen earlier = seen.get(key);
        if (earlier != null) {
            earlier.repeats++;
            earlier.lastAt = now;
            return new Decision(false, summaries);
        }
        if (seen.size() >= CAPACITY) {
            Iterator<Seen> oldest = seen.values().iterator();
            Seen evicted = oldest.next();
            oldest.remove();
            if (evicted.repeats > 0) {
                summaries.add(evicted.summary());
            }
        }
        seen.put(key, new Seen(record, now));
        return new Decision(true, summaries);
    }

    /** {@return the summaries of windows that are over, forgetting them} */
    List<Summary> due() {
        return due(clock.instant());
    }

    /** {@return the summaries of every open window, forgetting them all (the log is closing)} */
    List<Summary> drain() {
        List<Summary> summaries = new ArrayList<>();
        seen.values().stream().filter(s -> s.repeats > 0).forEach(s -> summaries.add(s.summary()));
        seen.clear();
        return summaries;
    }

    private List<Summary> due(Instant now) {
        List<Summary> summaries = new ArrayList<>();
        for (Iterator<Seen> it = seen.values().iterator(); it.hasNext();) {
            Seen entry = it.next();
            if (!now.isBefore(entry.firstAt.plus(window))) {
                it.remove();
                if (entry.repeats > 0) {
                    summaries.add(entry.summary());
                }
            }
        }
        return summaries;
    }

    static String key(LogRecord record) {
        StringBuilder key = new StringBuilder().append(record.getLoggerName()).append('|')
                .append(record.getLevel().intValue()).append('|');
        String message = MESSAGES.formatMessage(record);
        key.append(message == null ? "" : message.replaceAll("\\d+", "#"));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            key.append('|').append(t.getClass().getName());
        }
        return key.toString();
    }

    private static final class Seen {

        final LogRecord first;
        final Instant firstAt;
        int repeats;
        Instant lastAt;

        Seen(LogRecord first, Instant firstAt) {
            this.first = first;
            this.firstAt = firstAt;
            this.lastAt = firstAt;
        }

        Summary summary() {
            return new Summary(first, repeats, lastAt);
        }
    }
}
