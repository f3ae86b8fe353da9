package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entry script answers mistakes with one clear line and a distinct exit code, never a stack trace. */
class EntryScriptTest {

    @TempDir
    Path temp;

    @Test
    void anUnknownVerbIsNamedInOneLine() throws Exception {
        ScriptRun.Result result = entry(Map.of(), "frobnicate");

        assertEquals(64, result.exit());
        assertEquals("samklang: unknown verb 'frobnicate' (see ./samklang help)", result.onlyLine());
    }

    /** Every usage error is 64, whether a verb, an option or a value is wrong. */
    @ParameterizedTest
    @ValueSource(strings = {"run --frobnicate", "run --screenshot", "run --lang", "bench", "bench nonsense",
            "bench startup many", "bench ui --fast", "build --fast", "test --fast", "screenshot a.png b.png"})
    void everyUsageErrorExits64WithOneLine(String arguments) throws Exception {
        ScriptRun.Result result = entry(Map.of(), arguments.split(" "));

        assertEquals(64, result.exit(), result.errorLines().toString());
        assertTrue(result.onlyLine().startsWith("samklang: "), result.onlyLine());
    }

    @Test
    void aLanguageTheDeskHasNoTextsInIsRefusedNamingTheOnesItHas() throws Exception {
        ScriptRun.Result result = entry(Map.of(), "run", "--xvfb", "--lang", "xx");

        assertEquals(64, result.exit());
        assertEquals("samklang: run: --lang: the desk has no texts in 'xx'; it speaks en, sv (see ./samklang help)",
                result.onlyLine());
    }

    @Test
    void runWithoutADisplayNamesTheVirtualDisplayOption() throws Exception {
        ScriptRun.Result result = entry(Map.of("DISPLAY", ""), "run");

        assertEquals(4, result.exit());
        assertTrue(result.onlyLine().contains("./samklang run --xvfb"), result.onlyLine());
    }

    @Test
    void aMissingJdkIsReportedWithWhatToSet() throws Exception {
        ScriptRun.Result result = entry(Map.of("JAVA_HOME", "", "PATH", ScriptRun.pathWithoutJava(temp).toString(),
                "SAMKLANG_JVM_DIR", Files.createDirectories(temp.resolve("no-jvms")).toString()), "build");

        assertEquals(2, result.exit());
        assertTrue(result.onlyLine().contains("JAVA_HOME"), result.onlyLine());
    }

    @Test
    void aJavaHomeTooOldIsNamedWhenNoOtherJdkIsFound() throws Exception {
        Path old = ScriptRun.oldJdk(temp);

        ScriptRun.Result result = entry(Map.of("JAVA_HOME", old.toString(), "PATH",
                ScriptRun.pathWithoutJava(temp).toString(), "SAMKLANG_JVM_DIR",
                Files.createDirectories(temp.resolve("no-jvms")).toString()), "build");

        assertEquals(2, result.exit());
        assertTrue(result.onlyLine().startsWith("samklang: JAVA_HOME (" + old
                + ") is Java 17; Samklang needs 21 or newer; no JDK 21 or newer found"), result.onlyLine());
    }

    @Test
    void aJavaHomeTooOldIsNamedThenPassedOverForAJdkThatFits() throws Exception {
        Path old = ScriptRun.oldJdk(temp);
        Path jvms = Files.createDirectories(temp.resolve("jvms"));
        Path good = Path.of(System.getProperty("java.home")).toRealPath();
        Files.createSymbolicLink(jvms.resolve("a-fitting-jdk"), good);
        Path chosen = temp.resolve("chosen");

        ScriptRun.Result result = ScriptRun.run(List.of("bash", "-c",
                ". \"$1\" && use_jdk && printf '%s' \"$JAVA_HOME\" > \"$2\"", "test", ScriptRun.entry().toString(),
                chosen.toString()),
                Map.of("JAVA_HOME", old.toString(), "PATH", ScriptRun.pathWithoutJava(temp)
                        .toString(), "SAMKLANG_JVM_DIR", jvms.toString()));

        Files.delete(jvms.resolve("a-fitting-jdk")); // the link only: the JDK stays
        assertEquals(0, result.exit(), result.errorLines().toString());
        assertEquals("samklang: JAVA_HOME (" + old + ") is Java 17; Samklang needs 21 or newer; using "
                + jvms.resolve("a-fitting-jdk"), result.onlyLine());
        assertEquals(jvms.resolve("a-fitting-jdk").toString(), Files.readString(chosen));
    }

    private static ScriptRun.Result entry(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ScriptRun.entry().toString()));
        command.addAll(Arrays.asList(arguments));
        return ScriptRun.run(command, environment);
    }
}
