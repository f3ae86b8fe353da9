package org.samklang.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The engine (System.Logger) and libraries (SLF4J) write to one rotating file, masked and without floods. */
class DeskLogTest {

    @TempDir
    Path data;

    @Test
    void systemLoggerAndSlf4jReachOneFileMasked() throws IOException {
        try (DeskLog log = DeskLog.install(data, new TestClock())) {
            System.getLogger("org.samklang.core.Probe").log(System.Logger.Level.INFO,
                    "desk started for {0}", "anna.svensson@example.se");
            LoggerFactory.getLogger("org.sqlite.Probe").warn("sqlite says {} is busy", "+46 70 123 45 67");
        }

        String written = logFile();
        assertTrue(written.contains("INFO [main] org.samklang.core.Probe: desk started for [e-mail]"), written);
        assertTrue(written.contains("WARNING [main] org.sqlite.Probe: sqlite says [phone …67] is busy"), written);
        assertFalse(written.contains("anna"), written);
        assertFalse(written.contains("123 45"), written);
    }

    @Test
    void aFailureRepeatedInAWindowIsWrittenOnceThenCounted() throws IOException {
        IOException full = new IOException("no space left while storing a message from åsa@exempel.se");
        try (DeskLog log = DeskLog.install(data, new TestClock())) {
            System.Logger writer = System.getLogger("org.samklang.core.internal.store.Writer");
            for (int batch = 0; batch < 100; batch++) {
                writer.log(System.Logger.Level.ERROR, "batch of " + batch + " messages not stored", full);
            }
        }

        List<String> lines = Files.readAllLines(data.resolve("logs/samklang-0.log"), StandardCharsets.UTF_8);
        assertEquals(1, lines.stream().filter(
                l -> l.endsWith("ERROR [main] org.samklang.core.internal.store.Writer: batch of 0 messages not stored"))
                .count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("java.io.IOException")).count(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("repeated 99 more times") && l.contains("batch of 0")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("while storing a message from [e-mail]")), lines.toString());
        assertFalse(String.join("\n", lines).contains("åsa"));
    }

    @Test
    void anAdministratorsLevelsApply() throws IOException {
        Files.writeString(data.resolve("logging.properties"), "org.samklang.core.level = WARNING\n");
        try (DeskLog log = DeskLog.install(data, new TestClock())) {
            System.getLogger("org.samklang.core.Probe").log(System.Logger.Level.INFO, "quiet now");
            System.getLogger("org.samklang.ui.Probe").log(System.Logger.Level.INFO, "still here");
        }

        String written = logFile();
        assertFalse(written.contains("quiet now"), written);
        assertTrue(written.contains("still here"), written);
    }

    private String logFile() throws IOException {
        return Files.readString(data.resolve("logs/samklang-0.log"), StandardCharsets.UTF_8);
    }
}
