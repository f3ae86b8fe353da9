package org.samklang.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.PluginInstanceEdit;

/**
 * Test connection is always an answer that says what failed, also when the plugin never answers or blocks the thread
 * that asks (against its contract): the caller is not held, and the next test runs.
 */
class ConnectionTestsTest {

    @TempDir
    Path data;

    @Test
    void aRefusal_isSaidAsThePluginSaysIt_andAValueTheFormRefusesNeverReachesThePlugin() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            ConnectionTests tests = new ConnectionTests(desk.host(), desk.secrets, Clock.systemUTC(),
                    Duration.ofSeconds(20));

            ConnectionTestResult down = tests.prepare(edit("down.example", "993"), Locale.ENGLISH)
                    .get(30, TimeUnit.SECONDS);
            ConnectionTestResult badPort = tests.prepare(edit("imap.example", "99999"), Locale.ENGLISH)
                    .get(30, TimeUnit.SECONDS);

            assertFalse(down.succeeded());
            assertEquals("could not connect to down.example:993: connection refused", down.message());
            assertFalse(badPort.succeeded());
            assertTrue(badPort.message().startsWith("Port:"), badPort.message());
        }
    }

    @Test
    void aPluginThatNeverAnswersOrBlocks_isAnsweredForAfterTheLimit_andTheCallerIsNotHeld() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            ConnectionTests tests = new ConnectionTests(desk.host(), desk.secrets, Clock.systemUTC(),
                    Duration.ofMillis(200));

            ConnectionTestResult silent = tests.prepare(edit("silent.example", "993"), Locale.ENGLISH)
                    .get(30, TimeUnit.SECONDS);
            var stuck = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> tests.prepare(edit("stuck.example", "993"), Locale.ENGLISH));
            ConnectionTestResult next = tests.prepare(edit("imap.example", "993"), Locale.ENGLISH)
                    .get(30, TimeUnit.SECONDS);

            assertEquals("No answer within 0.2 s", silent.message());
            assertEquals("No answer within 0.2 s", stuck.get(30, TimeUnit.SECONDS).message());
            assertTrue(next.succeeded(), next.message());
        } finally {
            TestChannelType.STUCK.countDown();
        }
    }

    private static PluginInstanceEdit edit(String host, String port) {
        return new PluginInstanceEdit(TestChannelType.PID, "email.tried", "", true, Map.of("host", host, "port",
                port));
    }
}
