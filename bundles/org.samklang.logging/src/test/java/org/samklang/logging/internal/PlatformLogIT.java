package org.samklang.logging.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.LoggerFactory;

/** Inside Equinox: the platform's warnings (the OSGi log) reach the desk's log file, masked; its debug lines do not. */
class PlatformLogIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void platformWarningsReachTheDesksLogMasked() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PlatformLogIT.class).getBundleContext();
        LoggerFactory factory = context.getService(context.getServiceReference(LoggerFactory.class));
        String marker = "probe-" + System.nanoTime();

        factory.getLogger("org.samklang.logging.probe").debug("{} debug noise", marker);
        factory.getLogger("org.samklang.logging.probe").warn("{} could not reach anna.svensson@example.se", marker);

        String logged = awaitLine(marker + " could not reach");
        assertTrue(logged.contains(marker + " could not reach [e-mail]"), logged);
        assertFalse(logged.contains(marker + " debug noise"), logged);
        assertFalse(logged.contains("anna.svensson"), logged);
    }

    private static String awaitLine(String text) throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty(LoggingActivator.DATA_PROPERTY), "logs", "samklang-0.log");
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                String logged = Files.readString(log, StandardCharsets.UTF_8);
                if (logged.contains(text)) {
                    return logged;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("'" + text + "' did not reach " + log + " within " + DEADLINE);
    }
}
