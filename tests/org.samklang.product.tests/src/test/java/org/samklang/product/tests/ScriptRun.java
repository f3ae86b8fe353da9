package org.samklang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the repository's scripts the way a user does and collects what they say on stderr; builds the stand-ins
 * the fault tests need (an old Java, a PATH without Java, a read-only or full disk).
 */
final class ScriptRun {

    private static final long TIMEOUT_SECONDS = 120;

    private ScriptRun() {
    }

    record Result(int exit, List<String> errorLines) {

        String onlyLine() {
            if (errorLines.size() != 1) {
                throw new AssertionError("expected one line on stderr, got " + errorLines);
            }
            return errorLines.get(0);
        }
    }

    /** The checkout: the product lies under product/target in it. */
    static Path repository() {
        return ProductRun.productDir().resolve("../../../../../../../..").normalize();
    }

    /** The entry script, ./samklang. */
    static Path entry() {
        return repository().resolve("samklang");
    }

    /** The installed product's start script. */
    static Path startScript() {
        return ProductRun.productDir().resolve("samklang");
    }

    /**
     * Runs {@code command}. Unless {@code environment} says otherwise, on a data directory of its own and without a
     * display, so a script that wrongly goes on to start the desktop fails at once instead of using the user's.
     */
    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path ownData = Files.createTempDirectory("samklang-script-test");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("SAMKLANG_DATA", ownData.toString());
            builder.environment().put("DISPLAY", "");
            builder.environment().putAll(environment);
            return finish(builder.start());
        } finally {
            try (Stream<Path> files = Files.walk(ownData)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits for {@code process} (deadline {@value #TIMEOUT_SECONDS} s) and collects its stderr. */
    static Result finish(Process process) throws InterruptedException {
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(stderr unreadable: " + e + ")";
            }
        });
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not end within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), errors.join().lines().filter(l -> !l.isBlank()).toList());
    }

    /** {@return a JDK home whose java says it is Java 17, as an old JDK's does} */
    static Path oldJdk(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk-17/bin"));
        executable(bin.resolve("java"), "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
        executable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
        return dir.resolve("jdk-17");
    }

    /** {@return a directory for PATH holding the tools the scripts use (each runs the system's), and no Java} */
    static Path pathWithoutJava(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("bash", "sh", "sed", "dirname", "readlink", "cat", "cksum", "cut", "mkdir", "rm",
                "ls", "head", "id", "tr", "grep", "find", "uname")) {
            for (String place : List.of("/usr/bin/", "/bin/")) {
                Path found = Path.of(place + tool);
                if (Files.isExecutable(found) && !Files.exists(bin.resolve(tool))) {
                    executable(bin.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
                }
            }
        }
        return bin;
    }

    /**
     * {@return the command line that runs {@code command} in a private mount namespace with a tmpfs on {@code dir}}:
     * read-only, or full (filled up before the command runs). Unprivileged users get the namespace through a user
     * namespace, so no test needs root.
     */
    static List<String> onTmpfs(Path dir, boolean readOnly, List<String> command) {
        String mount = readOnly
                ? "mount -t tmpfs -o ro,size=64k tmpfs \"$1\""
                : "mount -t tmpfs -o size=256k tmpfs \"$1\" && { dd if=/dev/zero of=\"$1/fill\" bs=4k 2>/dev/null; true; }";
        List<String> line = new ArrayList<>(List.of("unshare", "--mount", "--map-root-user", "bash", "-c",
                mount + " && shift && exec \"$@\"", "tmpfs", dir.toString()));
        line.addAll(command);
        return line;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
