package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry script answers mistakes with one clear line and a distinct exit code, never a stack trace. */
class EntryScriptTest {

    private static final Path SCRIPT = ProductRun.productDir().resolve("../../../../../../../../samklang").normalize();

    @TempDir
    Path empty;

    record Result(int exit, List<String> errorLines) {
    }

    @Test
    void anUnknownVerbIsNamedInOneLine() throws Exception {
        Result result = run(Map.of(), "frobnicate");

        assertEquals(64, result.exit());
        assertEquals(List.of("samklang: unknown verb 'frobnicate'; see ./samklang help"), result.errorLines());
    }

    @Test
    void runWithoutADisplayNamesTheVirtualDisplayOption() throws Exception {
        Result result = run(Map.of("DISPLAY", ""), "run");

        assertEquals(4, result.exit());
        assertEquals(1, result.errorLines().size(), result.errorLines().toString());
        assertTrue(result.errorLines().get(0).contains("./samklang run --xvfb"), result.errorLines().get(0));
    }

    @Test
    void aMissingJdkIsReportedWithWhatToSet() throws Exception {
        Result result = run(Map.of("JAVA_HOME", "", "PATH", "/usr/bin:/bin", "SAMKLANG_JVM_DIR", empty.toString()),
                "build");

        assertEquals(2, result.exit());
        assertEquals(1, result.errorLines().size(), result.errorLines().toString());
        assertTrue(result.errorLines().get(0).contains("JAVA_HOME"), result.errorLines().get(0));
    }

    private static Result run(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not answer within 60 s");
        }
        return new Result(process.exitValue(), errors.lines().filter(l -> !l.isBlank()).toList());
    }
}
