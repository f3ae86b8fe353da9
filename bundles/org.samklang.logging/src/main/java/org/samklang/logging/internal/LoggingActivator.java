package org.samklang.logging.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the desk's log before the rest of the desk (start level 1 in the product), so the engine's first lines
 * and the platform's start-up errors are in it, and stops it last.
 */
public final class LoggingActivator implements BundleActivator {

    static final String DATA_PROPERTY = "samklang.data";

    private DeskLog log;
    private ServiceTracker<LogReaderService, LogReaderService> platformLog;

    @Override
    public void start(BundleContext context) {
        log = DeskLog.install(dataDirectory(), Clock.systemDefaultZone());
        OsgiLogBridge bridge = new OsgiLogBridge();
        platformLog = new ServiceTracker<>(context, LogReaderService.class, null) {

            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                reader.addLogListener(bridge);
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(bridge);
                super.removedService(reference, reader);
            }
        };
        platformLog.open();
    }

    @Override
    public void stop(BundleContext context) {
        platformLog.close();
        log.close();
    }

    /** The same rule as the desk's (DeskComponent): the start script always sets the property. */
    private static Path dataDirectory() {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("samklang");
    }
}
