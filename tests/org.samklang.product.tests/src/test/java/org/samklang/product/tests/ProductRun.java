package org.samklang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Starts the materialized product through its start script with a private data directory, lets it write
 * its render report, and returns what the report says.
 */
final class ProductRun {

    private static final long TIMEOUT_SECONDS = 120;

    private ProductRun() {
    }

    static Path productDir() {
        String dir = System.getProperty("samklang.product");
        if (dir == null || !Files.isExecutable(Path.of(dir, "samklang"))) {
            throw new IllegalStateException("no product start script under " + dir + "; build the product first");
        }
        return Path.of(dir);
    }

    /** Runs the product until it has reported and closed itself; returns the report's lines. */
    static Report start(Path dataDir) throws IOException, InterruptedException {
        Path report = dataDir.resolveSibling(dataDir.getFileName() + "-render-report.txt");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-console.txt");
        ProcessBuilder builder = new ProcessBuilder(productDir().resolve("samklang").toString());
        builder.environment().put("SAMKLANG_DATA", dataDir.toString());
        builder.environment().put("SAMKLANG_VMARGS",
                "-Dsamklang.renderReport=" + report + " -Dsamklang.exitAfterReport=true");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the product did not close itself within " + TIMEOUT_SECONDS + " s; console:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        if (!Files.exists(report)) {
            throw new AssertionError(
                    "the product exited (" + process.exitValue() + ") without a render report; console:\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
        }
        return Report.parse(Files.readAllLines(report, StandardCharsets.UTF_8));
    }

    /** The render report: whether every region got content in time, and one line per region. */
    record Report(boolean complete, Map<String, String> regions) {

        static Report parse(List<String> lines) {
            boolean complete = lines.contains("complete=true");
            Map<String, String> regions = lines.stream().filter(l -> l.startsWith("region "))
                    .collect(Collectors.toMap(l -> l.split(" ")[1], Function.identity()));
            return new Report(complete, regions);
        }

        String region(String id) {
            String line = regions.get(id);
            if (line == null) {
                throw new AssertionError("region " + id + " is not in the window; regions: " + regions.keySet());
            }
            return line;
        }
    }
}
