package org.samklang.jsvg.logging;

import com.github.weisj.jsvg.logging.LogManager;
import com.github.weisj.jsvg.logging.Logger;
import java.util.function.Supplier;

/**
 * Routes jsvg's log calls to java.util.logging.
 * <p>
 * jsvg (pulled in by SWT's SVG support) requires a ServiceLoader provider of its LogManager inside OSGi,
 * and no upstream provider bundle could be resolved from Maven Central, so this one-class bundle is it.
 */
public final class JulLogManager implements LogManager {

    @Override
    public Logger createLogger(String name) {
        java.util.logging.Logger delegate = java.util.logging.Logger.getLogger(name);
        return new Logger() {

            @Override
            public void log(Logger.Level level, String message) {
                delegate.log(toJul(level), message);
            }

            @Override
            public void log(Logger.Level level, String message, Throwable error) {
                delegate.log(toJul(level), message, error);
            }

            @Override
            public void log(Logger.Level level, Supplier<String> message) {
                delegate.log(toJul(level), message);
            }
        };
    }

    private static java.util.logging.Level toJul(Logger.Level level) {
        return switch (level) {
            case DEBUG -> java.util.logging.Level.FINE;
            case INFO -> java.util.logging.Level.INFO;
            case WARNING -> java.util.logging.Level.WARNING;
            case ERROR -> java.util.logging.Level.SEVERE;
        };
    }
}
