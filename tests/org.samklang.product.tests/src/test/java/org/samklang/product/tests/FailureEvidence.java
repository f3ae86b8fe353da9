package org.samklang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps the evidence of a failed scenario beside the test reports: a screenshot of the display, the last probe
 * dump, the product's console and its log, named after the test.
 */
final class FailureEvidence implements TestWatcher {

    private final Supplier<LiveProduct> product;

    FailureEvidence(Supplier<LiveProduct> product) {
        this.product = product;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Path reports = Path.of(System.getProperty("user.dir"), "target", "surefire-reports");
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(reports);
            Process shot = new ProcessBuilder("import", "-window", "root", reports.resolve(name + ".png").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            shot.waitFor(30, TimeUnit.SECONDS);
            LiveProduct running = product.get();
            if (running != null) {
                Optional.ofNullable(running.lastScreen())
                        .ifPresent(s -> write(reports.resolve(name + ".json"), s.raw()));
                Files.copy(running.console(), reports.resolve(name + "-console.txt"),
                        StandardCopyOption.REPLACE_EXISTING);
                // The console has warnings and errors only; the desk's log has the INFO lines too.
                Path log = running.home().resolve("data/logs/samklang-0.log");
                if (Files.exists(log)) {
                    Files.copy(log, reports.resolve(name + "-log.txt"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            System.err.println("could not keep the failure evidence of " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
    }
}
