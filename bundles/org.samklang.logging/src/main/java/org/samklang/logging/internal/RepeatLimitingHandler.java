package org.samklang.logging.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Hands every record to the log file and the console, except a warning or error that repeats one written within
 * the window ({@link RepeatedFailures}): that one is counted, and the count follows as one line when the window
 * closes (on the next record, or on {@link #flush}, which the log calls periodically). Thread-safe.
 */
final class RepeatLimitingHandler extends Handler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final List<Handler> targets;
    private final RepeatedFailures failures;

    RepeatLimitingHandler(List<Handler> targets, RepeatedFailures failures) {
        this.targets = List.copyOf(targets);
        this.failures = failures;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (record.getLevel().intValue() < Level.WARNING.intValue()) {
            forward(record);
            return;
        }
        synchronized (failures) {
            RepeatedFailures.Decision decision = failures.offer(record);
            decision.summaries().forEach(s -> forward(summaryOf(s)));
            if (decision.write()) {
                forward(record);
            }
        }
    }

    /** Writes the counts of windows that are over, then flushes the targets. */
    @Override
    public void flush() {
        synchronized (failures) {
            failures.due().forEach(s -> forward(summaryOf(s)));
        }
        targets.forEach(Handler::flush);
    }

    /** Writes every pending count, whether its window is over or not, and closes the targets. */
    @Override
    public void close() {
        synchronized (failures) {
            failures.drain().forEach(s -> forward(summaryOf(s)));
        }
        targets.forEach(Handler::close);
    }

    private void forward(LogRecord record) {
        for (Handler target : targets) {
            target.publish(record);
        }
    }

    static LogRecord summaryOf(RepeatedFailures.Summary summary) {
        LogRecord first = summary.first();
        String message = new java.util.logging.SimpleFormatter().formatMessage(first);
        int lineEnd = message.indexOf('\n');
        LogRecord record = new LogRecord(first.getLevel(), "repeated {0} more times, last at {1}: {2}");
        record.setParameters(new Object[]{summary.repeats(), TIME.format(summary.lastAt()),
                lineEnd < 0 ? message : message.substring(0, lineEnd)});
        record.setLoggerName(first.getLoggerName());
        return record;
    }
}
