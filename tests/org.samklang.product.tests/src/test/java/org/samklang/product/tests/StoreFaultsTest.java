package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk that cannot work says so in one Samklang dialog, leaves the store as it was, and exits with the code the
 * start scripts report: 74 for a store it cannot use, 75 for a data folder another desk uses. Before, the window
 * opened and waited forever ("Connecting to the engine…"), or Eclipse's "Workspace Cannot Be Locked" box came and
 * the process exited 0.
 */
class StoreFaultsTest {

    private static final String CANNOT_OPEN = "Samklang: Samklang cannot open its store";

    @TempDir
    Path temp;

    @Test
    void aDamagedStoreGetsTheSamklangDialogAndExit74_andIsLeftAsItWas() throws Exception {
        Path data = temp.resolve("damaged");
        Path store = Files.createDirectories(data.resolve("store")).resolve("samklang.db");
        byte[] damaged = "these bytes are not an SQLite database\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(store, damaged);

        StartupDialog.Outcome outcome = StartupDialog.run(data, List.of());

        assertEquals(CANNOT_OPEN, outcome.title(), outcome.console());
        assertEquals(74, outcome.exitCode(), outcome.console());
        assertTrue(outcome.console().contains("damaged"), outcome.console());
        assertArrayEquals(damaged, Files.readAllBytes(store), "the damaged store is left as it was");
    }

    @Test
    void aReadOnlyStoreGetsTheSamklangDialogAndExit74_andNothingIsWritten() throws Exception {
        Path data = temp.resolve("readonly");
        Path store = Files.createDirectories(data.resolve("store"));
        Files.write(store.resolve("samklang.lock"), new byte[0]);
        Files.write(store.resolve("samklang.db"), new byte[0]);

        StartupDialog.Outcome outcome = StartupDialog.run(data, PrivateMount.readOnly(store));

        assertEquals(CANNOT_OPEN, outcome.title(), outcome.console());
        assertEquals(74, outcome.exitCode(), outcome.console());
        assertTrue(outcome.console().contains("Read-only file system"), outcome.console());
        try (var files = Files.list(store)) {
            assertEquals(List.of("samklang.db", "samklang.lock"), files.map(p -> p.getFileName().toString())
                    .sorted().toList());
        }
        assertEquals(0, Files.size(store.resolve("samklang.db")));
    }

    @Test
    void aSecondDeskOnTheSameDataFolderGetsTheSamklangDialogAndExit75_andTheFirstWorksOn() throws Exception {
        try (LiveProduct first = LiveProduct.start(temp.resolve("first"), List.of(), List.of())) {
            first.waitFor("the first desk's window", Desk.STEP, screen -> screen.region(Ids.CONVERSATIONS)
                    .isPresent());

            StartupDialog.Outcome second = StartupDialog.run(first.home().resolve("data"), List.of());

            assertEquals("Samklang: Samklang is already running", second.title(), second.console());
            assertEquals(75, second.exitCode(), second.console());
            assertTrue(first.dump().region(Ids.CONVERSATIONS).isPresent(), "the first desk goes on");
        }
    }
}
