package org.samklang.logging.internal;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;

/**
 * Copies the platform's warnings and errors (the OSGi log: Equinox, Declarative Services, the e4 workbench) into
 * the desk's log, under the bundle's name. Its information and debug entries (every bundle and service event) are
 * left out.
 */
final class OsgiLogBridge implements LogListener {

    @Override
    public void logged(LogEntry entry) {
        Level level = switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            default -> null;
        };
        if (level == null) {
            return;
        }
        String name = entry.getBundle() == null || entry.getBundle().getSymbolicName() == null
                ? entry.getLoggerName()
                : entry.getBundle().getSymbolicName();
        LogRecord record = new LogRecord(level, entry.getMessage());
        record.setLoggerName(name);
        record.setThrown(entry.getException());
        record.setInstant(java.time.Instant.ofEpochMilli(entry.getTime()));
        Logger.getLogger(name).log(record);
    }
}
