package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk started from a menu keeps its diagnostics: the engine (System.Logger) and the libraries (SLF4J) write to
 * one file in the data directory, and the console holds warnings and errors only, without GTK's complaints.
 */
class ProductLogTest {

    @TempDir
    Path home;

    @Test
    void theDeskLogsToItsDataDirectoryAndKeepsTheConsoleQuiet() throws Exception {
        Path data = home.resolve("data");

        ProductRun.start(data);

        Path log = data.resolve("logs/samklang-0.log");
        assertTrue(Files.isRegularFile(log), "no log file at " + log);
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("org.samklang.core.internal.runtime.DeskComponent: desk started on"), logged);
        assertTrue(logged.contains("Registered provider org.slf4j.jul.JULServiceProvider"),
                "SLF4J is not bound to the desk's log:\n" + logged);
        List<String> console = Files.readAllLines(home.resolve("data-console.txt"), StandardCharsets.UTF_8);
        assertEquals(List.of(), console.stream().filter(l -> l.contains("Gtk-CRITICAL")).toList());
        assertEquals(List.of(), console.stream().filter(l -> l.contains(" INFO ") || l.startsWith("INFO:")).toList(),
                "the console is for warnings and errors");
    }
}
