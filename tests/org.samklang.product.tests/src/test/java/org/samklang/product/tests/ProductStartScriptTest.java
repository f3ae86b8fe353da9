package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed start script checks what Java cannot explain well before Java starts: each fault is one line on
 * stderr and a documented exit code, never a shell error, a stack trace or Eclipse's HTML page.
 */
class ProductStartScriptTest {

    @TempDir
    Path temp;

    @Test
    void aDataDirectoryOnAReadOnlyDiskIsNamedWithTheReason() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));

        ScriptRun.Result result = ScriptRun.run(ScriptRun.onTmpfs(disk, true,
                List.of(ScriptRun.startScript().toString())), Map.of("SAMKLANG_DATA", disk.resolve("data").toString()));

        assertEquals(73, result.exit());
        assertEquals("samklang: cannot write the data directory " + disk.resolve("data")
                + " (Read-only file system); set SAMKLANG_DATA to a directory on a writable disk", result.onlyLine());
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "in the way");

        ScriptRun.Result result = ScriptRun.run(List.of(ScriptRun.startScript().toString()),
                Map.of("SAMKLANG_DATA", file.resolve("data").toString()));

        assertEquals(73, result.exit());
        assertTrue(result.onlyLine().startsWith("samklang: cannot write the data directory " + file.resolve("data")
                + " (Not a directory)"), result.onlyLine());
    }

    @Test
    void aReadOnlyConfigurationAreaIsNamedBeforeEclipseStarts() throws Exception {
        Path data = temp.resolve("data");
        Path configuration = Files.createDirectories(data.resolve("configuration"));

        ScriptRun.Result result = ScriptRun.run(ScriptRun.onTmpfs(configuration, true,
                List.of(ScriptRun.startScript().toString())), Map.of("SAMKLANG_DATA", data.toString()));

        assertEquals(73, result.exit());
        assertEquals("samklang: cannot write the configuration area " + configuration
                + " (Read-only file system); set SAMKLANG_DATA to a directory on a writable disk", result.onlyLine());
    }

    @Test
    void withoutTheSandbox_aReadOnlyConfigurationAreaOfItsOwnIsNamedBeforeEclipseStarts() throws Exception {
        Path data = temp.resolve("data");
        Path configuration = Files.createDirectories(data.resolve("configuration-no-sandbox"));

        ScriptRun.Result result = ScriptRun.run(ScriptRun.onTmpfs(configuration, true,
                List.of(ScriptRun.startScript().toString(), "--no-sandbox")),
                Map.of("SAMKLANG_DATA",
                        data.toString()));

        assertEquals(73, result.exit());
        assertEquals("samklang: cannot write the configuration area " + configuration
                + " (Read-only file system); set SAMKLANG_DATA to a directory on a writable disk", result.onlyLine());
    }

    @Test
    void aFullDiskIsNamedAsFull() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));

        ScriptRun.Result result = ScriptRun.run(ScriptRun.onTmpfs(disk, false,
                List.of(ScriptRun.startScript().toString())), Map.of("SAMKLANG_DATA", disk.resolve("data").toString()));

        assertEquals(73, result.exit());
        assertEquals("samklang: the disk holding the data directory " + disk.resolve("data")
                + " is full (No space left on device); free some space, then start again", result.onlyLine());
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        ScriptRun.Result result = ScriptRun.run(List.of(ScriptRun.startScript().toString(), "--frobnicate"), Map.of());

        assertEquals(64, result.exit());
        assertEquals("samklang: unknown option '--frobnicate' (samklang --help lists them)", result.onlyLine());
    }

    @Test
    void aLanguageTheDeskHasNoTextsInIsRefused() throws Exception {
        ScriptRun.Result result = ScriptRun.run(List.of(ScriptRun.startScript().toString(), "--lang", "xx"), Map.of());

        assertEquals(64, result.exit());
        assertEquals("samklang: --lang: the desk has no texts in 'xx'; it speaks en, sv", result.onlyLine());
    }

    /** The script's list of languages is the desk's message bundles: adding a translation without it fails here. */
    @Test
    void theLanguagesOfferedAreTheOnesEveryMessageBundleHas() throws Exception {
        ScriptRun.Result result = ScriptRun.run(List.of(ScriptRun.startScript().toString(), "--lang", "zz"), Map.of());
        Matcher offered = Pattern.compile("it speaks (.*)$").matcher(result.onlyLine());
        assertTrue(offered.find(), result.onlyLine());

        assertEquals(languagesOfTheBundles(), new TreeSet<>(Arrays.asList(offered.group(1).split(", "))));
    }

    @Test
    void aJavaHomeTooOldIsNamedAndAnotherJavaUsed() throws Exception {
        Path old = ScriptRun.oldJdk(temp);
        Path file = Files.writeString(temp.resolve("a-file"), "in the way");

        ScriptRun.Result result = ScriptRun.run(List.of(ScriptRun.startScript().toString()), Map.of("JAVA_HOME",
                old.toString(), "SAMKLANG_JVM_DIR", Path.of(System.getProperty("java.home")).getParent().toString(),
                "SAMKLANG_DATA", file.resolve("data").toString()));

        assertEquals(73, result.exit(), "went on with another Java to the data directory: " + result.errorLines());
        assertEquals(2, result.errorLines().size(), result.errorLines().toString());
        assertTrue(result.errorLines().get(0).startsWith("samklang: JAVA_HOME (" + old
                + ") is Java 17; the desk needs 21 or newer; using "), result.errorLines().get(0));
    }

    @Test
    void aJavaHomeTooOldWithNoOtherJavaExits2() throws Exception {
        Path old = ScriptRun.oldJdk(temp);

        ScriptRun.Result result = ScriptRun.run(List.of(ScriptRun.startScript().toString()), Map.of("JAVA_HOME",
                old.toString(), "PATH", ScriptRun.pathWithoutJava(temp).toString(), "SAMKLANG_JVM_DIR",
                Files.createDirectories(temp.resolve("no-jvms")).toString()));

        assertEquals(2, result.exit());
        assertTrue(result.onlyLine().startsWith("samklang: JAVA_HOME (" + old + ") is Java 17; the desk needs 21 or "
                + "newer; no Java 21 or newer found"), result.onlyLine());
    }

    /** English is the base files; every other language must be in every family of message files. */
    private static Set<String> languagesOfTheBundles() throws IOException {
        Pattern localized = Pattern.compile("(messages|bundle)_([a-z]{2,3})\\.properties");
        Set<String> families = new TreeSet<>();
        Map<String, Set<String>> languagesByFamily;
        try (Stream<Path> files = Files.walk(ScriptRun.repository().resolve("bundles"))) {
            languagesByFamily = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> p.toString().contains("/src/main/resources/") || p.toString().contains("/OSGI-INF/"))
                    .map(p -> Map.entry(p.getParent().toString() + "/"
                            + p.getFileName().toString().replaceAll("(_[a-z]{2,3})?\\.properties$", ""), p))
                    .filter(e -> e.getKey().endsWith("/messages") || e.getKey().endsWith("/bundle"))
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(e -> {
                        Matcher m = localized.matcher(e.getValue().getFileName().toString());
                        return m.matches() ? m.group(2) : "en";
                    }, Collectors.toSet())));
        }
        families.addAll(languagesByFamily.keySet());
        assertTrue(families.size() >= 2, "message bundles not found: " + families);
        Set<String> common = new TreeSet<>(languagesByFamily.values().iterator().next());
        languagesByFamily.values().forEach(common::retainAll);
        return common;
    }
}
