package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The desktop's start options (--lang, --reception) are checked before anything starts, with one clear line. */
class DesktopOptionsTest {

    private static final Path ENTRY = ProductRun.productDir().resolve("../../../../../../../../samklang").normalize();
    private static final Path PRODUCT = ProductRun.productDir().resolve("samklang");

    record Result(int exit, List<String> errorLines) {
    }

    @Test
    void theEntryScriptRefusesALanguageThatIsNotOne() throws Exception {
        Result result = run(ENTRY, "run", "--xvfb", "--lang", "sv;reboot");

        assertEquals(64, result.exit());
        assertEquals(1, result.errorLines().size(), result.errorLines().toString());
        assertTrue(result.errorLines().get(0).contains("--lang"), result.errorLines().get(0));
    }

    @Test
    void theProductScriptRefusesAMissingLanguage() throws Exception {
        Result result = run(PRODUCT, "--reception", "--lang");

        assertEquals(64, result.exit());
        assertEquals(List.of("samklang: --lang needs a language such as sv or en, got ''"), result.errorLines());
    }

    private static Result run(Path script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not answer within 60 s");
        }
        return new Result(process.exitValue(), errors.lines().filter(l -> !l.isBlank()).toList());
    }
}
