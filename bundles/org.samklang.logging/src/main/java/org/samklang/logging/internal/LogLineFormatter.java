package org.samklang.logging.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One line per record ({@code 2026-12-07 15:48:12.953 WARNING [thread] logger: message}), then the stack trace if
 * there is one. At INFO and above the message and the stack trace (exception messages included) go through the
 * {@link PersonalDataMask}; finer levels, which an administrator turns on to diagnose, are written as they are.
 */
final class LogLineFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final PersonalDataMask mask;

    LogLineFormatter(PersonalDataMask mask) {
        this.mask = mask;
    }

    @Override
    public String format(LogRecord record) {
        boolean masked = record.getLevel().intValue() >= Level.INFO.intValue();
        String message = formatMessage(record);
        StringBuilder line = new StringBuilder(96 + (message == null ? 0 : message.length()))
                .append(TIME.format(record.getInstant())).append(' ').append(levelName(record.getLevel()))
                .append(" [").append(Thread.currentThread().getName()).append("] ")
                .append(record.getLoggerName()).append(": ").append(masked ? mask.mask(message) : message)
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(masked ? mask.mask(trace.toString()) : trace);
        }
        return line.toString();
    }

    /** System.Logger's ERROR arrives as SEVERE; "ERROR" is what people search a log for. */
    private static String levelName(Level level) {
        return level == Level.SEVERE ? "ERROR" : level.getName();
    }
}
