package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real product, started as a user starts it, shows every region of the design with content. */
class ProductStartTest {

    static final List<String> REGIONS = List.of("org.samklang.ui.part.conversations", "org.samklang.ui.part.thread",
            "org.samklang.ui.part.customer", "org.samklang.ui.part.knowledge", "org.samklang.ui.part.presence",
            "org.samklang.ui.toolcontrol.statusline");

    @TempDir
    Path temp;

    @Test
    void everyRegionRendersWithContent() throws Exception {
        ProductRun.Report report = ProductRun.start(temp.resolve("data"));

        for (String region : REGIONS) {
            String line = report.region(region);
            assertTrue(line.contains("visible=true") && line.contains("content=true"), line);
        }
        assertTrue(report.complete(), "not every region got content in time: " + report.regions().values());
    }

    @Test
    void staleConfigurationFromAnotherBuildDoesNotBreakStartup() throws Exception {
        Path data = temp.resolve("stale");
        Path configuration = Files.createDirectories(data.resolve("configuration"));
        Files.writeString(data.resolve(".build-id"), "an-older-build");
        Files.writeString(configuration.resolve("config.ini"), "osgi.bundles=reference\\:file\\:gone.jar@1\\:start\n");
        Files.createDirectories(data.resolve("workspace/.metadata"));
        Files.writeString(data.resolve("workspace/.metadata/workbench.xmi"), "<not-a-model");

        ProductRun.Report report = ProductRun.start(data);

        assertTrue(report.complete(), "startup over a stale configuration did not render: " + report.regions());
        assertTrue(!Files.readString(data.resolve(".build-id")).equals("an-older-build"), "build id not refreshed");
    }
}
