package org.samklang.core.internal.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;

/**
 * A core engine on a fresh temp directory with a hand-driven clock and no background sender (tests call
 * {@code runDue}). Deletes the directory on close.
 */
public final class EngineFixture implements AutoCloseable {

    public final Path directory;
    public final TestClock clock = TestClock.startingAt("2026-11-12T08:00:00Z");
    private final UnaryOperator<EngineConfig> tuning;
    public CoreEngine engine;

    public EngineFixture() {
        this(config -> config);
    }

    public EngineFixture(UnaryOperator<EngineConfig> tuning) {
        this.tuning = tuning;
        try {
            directory = Files.createTempDirectory("samklang-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine = open();
    }

    public CoreEngine open() {
        return CoreEngine.open(tuning.apply(EngineConfig.defaults(directory).withSenderLoop(false)), clock);
    }

    /** Closes and opens the engine on the same directory, as after a restart. */
    public CoreEngine restart() {
        engine.close();
        engine = open();
        return engine;
    }

    /** Hands a message in and waits for its receipt. */
    public InboundReceipt ingest(InboundMessage message) {
        return await(engine.accept(message));
    }

    public InboundReceipt ingest(InboundMessage.Builder message) {
        return ingest(message.build());
    }

    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("future failed: " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            engine.close();
        } catch (RuntimeException e) {
            // Already closed by the test.
        }
        deleteRecursively(directory);
    }

    public static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
