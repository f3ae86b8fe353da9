package org.samklang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The real product, started through its start script on a fresh data directory with the test probe on, driven
 * from outside with real X input (xdotool) and read through probe dumps. One instance per scenario class; close
 * it when done.
 */
final class LiveProduct implements AutoCloseable {

    static final Duration START = Duration.ofSeconds(120);
    private static final long POLL_MILLIS = 5;

    private final Path home;
    private final Path probe;
    private final Path control;
    private final Path console;
    private final Process process;
    private final AtomicLong requests = new AtomicLong();
    private volatile Screen last;

    private LiveProduct(Path home, Process process) {
        this.home = home;
        this.probe = home.resolve("probe");
        this.control = home.resolve("control");
        this.console = home.resolve("console.txt");
        this.process = process;
    }

    /** Sandbox traffic without calls: a scenario that rings its own call must not meet one rung by the traffic. */
    static final String TRAFFIC_WITHOUT_CALLS = "-Dsamklang.sandbox.channels=email,chat,social";

    /**
     * Starts the product in {@code home} (data, probe and sandbox control directories are made there) and waits
     * until its probe answers.
     *
     * @param vmArgs extra system properties, e.g. a traffic rate
     * @param args   program arguments, e.g. {@code --reception}
     */
    static LiveProduct start(Path home, List<String> vmArgs, List<String> args) throws IOException {
        return start(home, vmArgs, args, List.of());
    }

    /**
     * As above, with the start script run through {@code wrapper} (a command that ends by running its arguments,
     * e.g. one that mounts a small disk under the data directory first, {@link PrivateMount}).
     */
    static LiveProduct start(Path home, List<String> vmArgs, List<String> args, List<String> wrapper)
            throws IOException {
        Files.createDirectories(home.resolve("control"));
        Files.createDirectories(home.resolve("data"));
        List<String> command = new ArrayList<>(wrapper);
        command.add(ProductRun.productDir().resolve("samklang").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        List<String> properties = new ArrayList<>(List.of("-Dsamklang.probe=" + home.resolve("probe"),
                "-Dsamklang.sandbox.control=" + home.resolve("control"), "-Duser.language=en", "-Duser.country=GB"));
        properties.addAll(vmArgs);
        builder.environment().put("SAMKLANG_DATA", home.resolve("data").toString());
        builder.environment().put("SAMKLANG_VMARGS", String.join(" ", properties));
        builder.redirectErrorStream(true).redirectOutput(home.resolve("console.txt").toFile());
        LiveProduct product = new LiveProduct(home, builder.start());
        product.awaitProbe();
        return product;
    }

    private void awaitProbe() throws IOException {
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.exists(probe.resolve("probe.ready"))) {
            if (!process.isAlive()) {
                throw new AssertionError("the product exited (" + process.exitValue() + ") before its probe answered;"
                        + " console:\n" + consoleTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the probe did not answer within " + START + "; console:\n" + consoleTail());
            }
            pause();
        }
    }

    /** {@return what the window shows now} */
    Screen dump() {
        return request("dump");
    }

    /** Forgets the event-loop lateness measured so far and returns what the window shows now. */
    Screen resetLatency() {
        return request("reset-latency");
    }

    private Screen request(String verb) {
        String name = "r" + requests.incrementAndGet();
        Path answer = probe.resolve(name + ".json");
        try {
            Path temp = probe.resolve(name + ".tmp");
            Files.writeString(temp, verb, StandardCharsets.UTF_8);
            Files.move(temp, probe.resolve(name + ".req"), StandardCopyOption.ATOMIC_MOVE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(answer)) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("the probe did not answer '" + verb + "'; console:\n" + consoleTail());
                }
                pause();
            }
            Screen screen = Screen.parse(Files.readString(answer, StandardCharsets.UTF_8));
            Files.delete(answer);
            last = screen;
            return screen;
        } catch (IOException e) {
            throw new AssertionError("probe request failed: " + e, e);
        }
    }

    /**
     * Dumps the window until it shows what {@code test} wants; fails with the last dump's texts after the
     * deadline.
     */
    Screen waitFor(String what, Duration deadline, Predicate<Screen> test) {
        long end = System.nanoTime() + deadline.toNanos();
        Screen screen = dump();
        while (!test.test(screen)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + deadline.toSeconds() + " s for " + what + "; the screen shows:\n"
                        + describe(screen));
            }
            pause();
            screen = dump();
        }
        return screen;
    }

    /** Writes a command for the sandbox's control directory, e.g. {@code ring +46701234567}. */
    Path sandboxCommand(String line) throws IOException {
        String name = "c" + System.nanoTime();
        Path temp = control.resolve(name + ".tmp");
        Files.writeString(temp, line + "\n", StandardCharsets.UTF_8);
        Path command = control.resolve(name + ".cmd");
        Files.move(temp, command, StandardCopyOption.ATOMIC_MOVE);
        return command;
    }

    Screen lastScreen() {
        return last;
    }

    Path console() {
        return console;
    }

    String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.contains("Gtk-CRITICAL") && !l.isBlank()).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console: " + e.getMessage() + ")";
        }
    }

    Path home() {
        return home;
    }

    /** The product's process id (the start script and any wrapper end by running Java in their place). */
    long pid() {
        return process.pid();
    }

    /** {@code path} as the product sees it, also inside a mount only the product has (through /proc). */
    Path asSeenByProduct(Path path) {
        return Path.of("/proc", Long.toString(process.pid()), "root").resolve(path.toAbsolutePath().toString()
                .substring(1));
    }

    static String describe(Screen screen) {
        StringBuilder out = new StringBuilder("perspective " + screen.perspective() + ", focus "
                + screen.focus().node() + "\n");
        for (String id : List.of(Ids.CONVERSATIONS, Ids.THREAD, Ids.CUSTOMER, Ids.RECEPTION)) {
            screen.region(id).ifPresent(w -> out.append(id).append(": ")
                    .append(String.join(" | ", w.texts()).replace('\n', ' ')).append('\n'));
        }
        return out.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS); // a polling interval, not a timing assumption: every wait has a deadline
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
