package org.samklang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the product as a user would, on a data folder where it cannot work, and expects Samklang's start-up dialog
 * instead of its window: finds the dialog among the display's windows by its name, answers it with Enter (its one
 * button, Quit) and reports the dialog's title, the exit code and the console.
 */
final class StartupDialog {

    private static final Duration START = Duration.ofSeconds(120);
    private static final String DIALOG = "^Samklang: ";

    /** What the start ended with. */
    record Outcome(String title, int exitCode, String console) {
    }

    private StartupDialog() {
    }

    /** Starts the product on {@code data} (through {@code wrapper}, may be empty) and answers its dialog. */
    static Outcome run(Path data, List<String> wrapper) throws IOException, InterruptedException {
        Path console = data.resolveSibling(data.getFileName() + "-dialog-console.txt");
        List<String> command = new ArrayList<>(wrapper);
        command.add(ProductRun.productDir().resolve("samklang").toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SAMKLANG_DATA", data.toString());
        builder.environment().put("SAMKLANG_VMARGS", "-Duser.language=en -Duser.country=GB");
        builder.redirectErrorStream(true).redirectOutput(console.toFile());
        Process process = builder.start();
        try {
            String window = awaitDialog(process, console);
            String title = xdotool("getwindowname", window).strip();
            xdotool("windowfocus", "--sync", window, "key", "--clearmodifiers", "Return");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the product did not quit from its dialog; console:\n" + read(console));
            }
            return new Outcome(title, process.exitValue(), read(console));
        } finally {
            process.destroyForcibly();
        }
    }

    private static String awaitDialog(Process process, Path console) throws IOException, InterruptedException {
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("the product exited (" + process.exitValue() + ") without a dialog;"
                        + " console:\n" + read(console));
            }
            String found = search();
            if (!found.isEmpty()) {
                return found.lines().findFirst().orElseThrow();
            }
            TimeUnit.MILLISECONDS.sleep(50); // a polling interval; the wait has a deadline
        }
        throw new AssertionError("no Samklang dialog within " + START.toSeconds() + " s; console:\n" + read(console));
    }

    /** The ids of visible windows named like the dialog; empty when there is none (xdotool then exits 1). */
    private static String search() throws IOException, InterruptedException {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", DIALOG)
                .redirectErrorStream(true).start();
        String out = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        search.waitFor(30, TimeUnit.SECONDS);
        return search.exitValue() == 0 ? out.strip() : "";
    }

    private static String xdotool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("xdotool " + List.of(arguments) + " failed: " + out);
        }
        return out;
    }

    private static String read(Path console) throws IOException {
        return Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "(no console)";
    }
}
