package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.spi.InboundMessage;
import org.sqlite.SQLiteDataSource;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * A desk killed with SIGKILL (a real child JVM) comes back with the same queue figures: the same work waiting since
 * the same arrival, and today's service level and speed of answer as they were.
 */
class QueueFiguresCrashTest {

    @TempDir
    Path data;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void givenADeskKilledAfterCountingToday_whenItStartsAgain_thenItsFiguresAreTheOnesItShowedBefore()
            throws Exception {
        String[] before = figuresOfAChildKilledAfterwards();

        try (FiguresDesk desk = new FiguresDesk(data, Clock.systemUTC())) {
            QueueFigures after = desk.awaitChat("the two waiting chats re-queued", f -> f.waiting() == 2);

            assertEquals(Long.parseLong(before[2]), after.asOf().minus(after.longestWait()).toEpochMilli(),
                    "the longest wait counts from the same arrival: " + Instant.ofEpochMilli(Long.parseLong(
                            before[2])));
            assertEquals(Double.parseDouble(before[3]), after.serviceLevelPercent().orElse(-1), 1e-9,
                    "today's service level");
            assertEquals(Long.parseLong(before[4]), after.averageSpeedOfAnswer().orElseThrow().toMillis(),
                    "today's speed of answer");
        }
    }

    private String[] figuresOfAChildKilledAfterwards() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                childClasspath(), FiguresChild.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // killed mid-line: what was read is what it said
            }
        });
        try {
            String figures = null;
            String line;
            while (!"READY".equals(line = lines.poll(60, TimeUnit.SECONDS))) {
                assertNotNull(line, "the child went silent before READY");
                figures = line.startsWith("FIGURES ") ? line : figures;
            }
            assertNotNull(figures, "the child printed no figures");
            return figures.split(" ");
        } finally {
            child.destroyForcibly(); // SIGKILL: nothing is flushed or closed
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            reader.join();
        }
    }

    /** The test's class path, plus the jars of the classes the child needs (launchers may hide them). */
    private static String childClasspath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        for (Class<?> needed : List.of(FiguresChild.class, CoreEngine.class, SQLiteDataSource.class,
                PhoneNumberUtil.class, InboundMessage.class, Message.class)) {
            entries.add(Path.of(needed.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
