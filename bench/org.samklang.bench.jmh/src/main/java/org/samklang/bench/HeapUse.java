package org.samklang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.InboxQuery.View;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;

/**
 * Measures the Java heap the engine holds, to show it does not grow with the store: messages live on disk, and the
 * only in-heap state are bounded writer caches and per-connection statement caches. (SQLite's page cache is native
 * memory: 64 MiB for the writer, 16 MiB per reader, also bounded.)
 * <p>
 * Prints the used heap after full GCs for: an empty store after queries; the same engine after ingesting 100,000
 * messages (writer caches full); the 1,000,000-message store after the same queries. Run:
 * {@code java -Xmx2g -cp benchmarks.jar org.samklang.bench.HeapUse}.
 */
public final class HeapUse {

    private static final int QUERIES = 2_000;
    private static final int INGESTED = 100_000;

    private HeapUse() {
    }

    public static void main(String[] args) throws IOException {
        long before = usedHeapAfterGc();
        Path empty = Files.createTempDirectory("samklang-heap");
        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(empty).withSenderLoop(false),
                Clock.systemUTC())) {
            runQueries(engine);
            report("engine on an empty store, after " + QUERIES + " queries", before);
            ingest(engine);
            runQueries(engine);
            report("same engine after ingesting " + INGESTED + " messages", before);
        } finally {
            deleteRecursively(empty);
        }
        try (CoreEngine engine = BenchStore.open(BenchStore.directory())) {
            runQueries(engine);
            report("engine on the 1,000,000-message store, after " + QUERIES + " queries", before);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void ingest(CoreEngine engine) {
        BenchTraffic traffic = new BenchTraffic(3, BenchTraffic.Shape.THREADS);
        for (int done = 0; done < INGESTED; done += 10_000) {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                pending.add(engine.accept(traffic.next().message()));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        }
    }

    private static void runQueries(CoreEngine engine) {
        for (int i = 1; i <= QUERIES; i++) {
            engine.timeline(new CustomerId(i), PageRequest.first(50));
            engine.messages(new ConversationId(i), PageRequest.first(50));
            if (i % 10 == 0) {
                engine.inbox(InboxQuery.of(View.CLOSED), PageRequest.first(50));
                engine.search("leverans", PageRequest.first(20));
            }
        }
    }

    private static void report(String what, long baseline) {
        long used = usedHeapAfterGc();
        System.out.printf("%-62s used heap %6.1f MiB (%+.1f MiB over the JVM before the engine)%n", what,
                used / 1048576.0, (used - baseline) / 1048576.0);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
