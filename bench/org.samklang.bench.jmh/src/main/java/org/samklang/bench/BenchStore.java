package org.samklang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.spi.InboundReceipt;

/**
 * The one-million-message store the query benchmarks read: built once through the real ingest path (big
 * asynchronous batches, so group commit makes it quick) and then reused from its directory.
 * <p>
 * Directory: {@code -Dsamklang.bench.dir}, default {@code <java.io.tmpdir>/samklang-bench-1m}. A marker file written
 * after the last commit says the store is complete; delete the directory to rebuild. Conversations are closed when
 * their thread ends and half are assigned to one of 20 agents, so every inbox view has realistic content.
 */
public final class BenchStore {

    static final int MESSAGES = 1_000_000;
    static final int AGENTS = 20;
    private static final long SEED = 20261112L;
    private static final int BATCH = 20_000;
    // "-search2": stores built before the full-text index moved to its own file are rebuilt.
    private static final String MARKER = "complete-" + MESSAGES + "-search2";

    private BenchStore() {
    }

    /** Builds the store if needed; run as a program to build it ahead of the benchmarks. */
    public static void main(String[] args) {
        Path directory = directory();
        long start = System.nanoTime();
        ensureBuilt(directory);
        System.out.printf("store ready in %s after %.1f s%n", directory, (System.nanoTime() - start) / 1e9);
    }

    static Path directory() {
        String configured = System.getProperty("samklang.bench.dir");
        return configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "samklang-bench-1m");
    }

    /** Opens the built store (no background sender); the caller closes it. */
    static CoreEngine open(Path directory) {
        ensureBuilt(directory);
        return CoreEngine.open(EngineConfig.defaults(directory).withSenderLoop(false), Clock.systemUTC());
    }

    static synchronized void ensureBuilt(Path directory) {
        if (Files.exists(directory.resolve(MARKER))) {
            return;
        }
        deleteQuietly(directory);
        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(directory).withSenderLoop(false),
                Clock.systemUTC())) {
            BenchTraffic traffic = new BenchTraffic(SEED, BenchTraffic.Shape.THREADS);
            for (int done = 0; done < MESSAGES; done += BATCH) {
                ingestBatch(engine, traffic, Math.min(BATCH, MESSAGES - done));
                // A search waits until the full-text index has caught up, so the built store is fully searchable.
                engine.search("bench-nothing-matches", PageRequest.first(1));
            }
            Files.writeString(directory.resolve(MARKER), "seed " + SEED + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ingestBatch(CoreEngine engine, BenchTraffic traffic, int count) {
        List<CompletableFuture<?>> pending = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BenchTraffic.Item item = traffic.next();
            int agent = i % (AGENTS * 2);
            pending.add(engine.accept(item.message()).thenCompose(receipt -> afterIngest(engine, receipt, item,
                    agent)));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    private static CompletableFuture<?> afterIngest(CoreEngine engine, InboundReceipt receipt,
            BenchTraffic.Item item, int agent) {
        ConversationId conversation = receipt.conversationId().orElseThrow();
        if (item.lastOfThread()) {
            return engine.close(conversation);
        }
        if (item.firstOfThread() && agent < AGENTS) {
            return engine.assign(conversation, Optional.of("agent-" + agent));
        }
        return CompletableFuture.completedFuture(null);
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
