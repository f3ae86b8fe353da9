package org.samklang.core.internal.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

/**
 * Kills (SIGKILL) a process that saves drafts as fast as it can, three times, and checks that each draft read back
 * afterwards is whole and at least as new as the last one the process reported durable.
 */
class DraftCrashTest {

    private static final int KILLS = 3;

    @TempDir
    Path directory;

    /** The text saved in round {@code n}: its length and content tell which round it is and whether it is whole. */
    static String textOf(int n) {
        return ("round " + n + " ").repeat(1 + n % 50) + "end " + n;
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void givenAProcessKilledWhileSavingDrafts_whenTheDraftsAreRead_thenEachIsWholeAndNoOlderThanAcknowledged()
            throws Exception {
        for (int kill = 1; kill <= KILLS; kill++) {
            int acknowledged = runAndKill(20 + kill * 15);
            try (FileDraftStore fresh = new FileDraftStore(directory)) {
                for (long id = 1; id <= 2; id++) {
                    Draft draft = fresh.draft(new ConversationId(id)).orElseThrow();
                    int round = Integer.parseInt(draft.text().substring(draft.text().lastIndexOf(' ') + 1));
                    assertEquals(textOf(round), draft.text(), "whole, never half-written");
                    assertTrue(round >= acknowledged, "round " + round + " older than acknowledged "
                            + acknowledged);
                }
            }
        }
    }

    /** The test's class path plus where the child's classes were loaded from (launchers may hide them). */
    private static String childClasspath() throws Exception {
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (Class<?> type : new Class<?>[]{DraftCrashChild.class, FileDraftStore.class, Draft.class}) {
            path.append(File.pathSeparator)
                    .append(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return path.toString();
    }

    /** Runs the child until it reported {@code acknowledgements} durable rounds, kills it; returns the last one. */
    private int runAndKill(int acknowledgements) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", childClasspath(),
                DraftCrashChild.class.getName(), directory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int last = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (int seen = 0; seen < acknowledgements; seen++) {
                String line = lines.readLine();
                if (line == null) {
                    throw new AssertionError("the child stopped early");
                }
                last = Integer.parseInt(line.substring("saved ".length()));
            }
            // Killed right after an acknowledgement, while the child keeps saving the next rounds.
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        return last;
    }
}
