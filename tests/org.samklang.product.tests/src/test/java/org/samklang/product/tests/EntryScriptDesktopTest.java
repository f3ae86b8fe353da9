package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How ./samklang run reports the desktop's end: one line per exit code of the contract, "stopped" for a SIGTERM,
 * and the desktop's exit code and log when it dies before its window. The run steps are called from the sourced
 * script, after option parsing and building, on the real product unless a stand-in's exit code is the point.
 */
class EntryScriptDesktopTest {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            74 | the desktop could not use its store in
            75 | another desk is using the data directory
            13 | the desktop exited with code 13; its log:
            """)
    void theDesktopsExitCodesBecomeOneLineAndTheSameCode(int code, String says) throws Exception {
        Path product = Files.createDirectories(temp.resolve("product"));
        Path desktop = product.resolve("samklang");
        Files.writeString(desktop, "#!/bin/sh\nexit " + code + "\n");
        Files.setPosixFilePermissions(desktop, PosixFilePermissions.fromString("rwxr-xr-x"));

        ScriptRun.Result result = ScriptRun.run(sourced("PRODUCT_DIR=\"$2\"; run_desktop", product.toString()),
                Map.of("SAMKLANG_DATA", temp.resolve("data").toString()));

        assertEquals(code, result.exit());
        assertTrue(result.onlyLine().startsWith("samklang: " + says), result.onlyLine());
    }

    @Test
    void sigtermStopsTheDesktopAndSaysStoppedNotError() throws Exception {
        Path data = temp.resolve("data");
        Process run = new ProcessBuilder(sourced("RUN_XVFB=true; start_desktop", ""))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(temp.resolve("stderr.txt").toFile())).start();
        awaitDeskStarted(run, data.resolve("logs/samklang-0.log"));
        List<ProcessHandle> desktop = run.descendants().toList();

        run.destroy(); // SIGTERM, as systemd or timeout sends it

        assertTrue(run.waitFor(START.toSeconds(), java.util.concurrent.TimeUnit.SECONDS), "the script did not end");
        List<String> said = Files.readAllLines(temp.resolve("stderr.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("samklang: ")).toList();
        assertEquals(143, run.exitValue(), said.toString());
        assertEquals("samklang: the desktop was stopped (SIGTERM)", said.get(said.size() - 1));
        for (ProcessHandle process : desktop) {
            process.onExit().get(START.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void aScreenshotOfADesktopThatDiesBeforeItsWindowSaysHowAndWhereItsLogIs() throws Exception {
        Path data = temp.resolve("data");

        ScriptRun.Result result = ScriptRun.run(sourced("RUN_SHOT=\"$2\"; RUN_XVFB=true; start_desktop",
                temp.resolve("shot.png").toString()),
                Map.of("SAMKLANG_DATA", data.toString(),
                        // The JVM refuses these settings at once: the desktop ends before any window.
                        "SAMKLANG_VMARGS", "-Xmx1k"));

        assertEquals(1, result.exit());
        assertEquals("samklang: the desktop exited (code 1) before it opened its window; its log: "
                + data.resolve("logs/samklang-0.log"), result.errorLines().get(result.errorLines().size() - 1));
    }

    /** bash sourcing ./samklang (its functions, no verb), then running {@code steps} with $2 = {@code argument}. */
    private List<String> sourced(String steps, String argument) {
        return List.of("env", "SAMKLANG_DATA=" + temp.resolve("data"), "bash", "-c", ". \"$1\" && " + steps,
                "test", ScriptRun.entry().toString(), argument);
    }

    private static void awaitDeskStarted(Process run, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.exists(log) || !Files.readString(log, StandardCharsets.UTF_8).contains("desk started on")) {
            if (!run.isAlive()) {
                throw new AssertionError("./samklang ended (" + run.exitValue() + ") before the desk started");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the desk did not start within " + START);
            }
            Thread.sleep(50);
        }
    }
}
