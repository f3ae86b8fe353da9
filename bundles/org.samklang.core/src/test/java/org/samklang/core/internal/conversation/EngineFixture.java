package org.samklang.core.internal.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.store.WriteHealth;
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
    private final WriteHealth health;
    public CoreEngine engine;

    public EngineFixture() {
        this(config -> config);
    }

    public EngineFixture(UnaryOperator<EngineConfig> tuning) {
        this(tuning, WriteHealth.NONE);
    }

    /** As above; {@code health} hears whether the store writes. */
    public EngineFixture(UnaryOperator<EngineConfig> tuning, WriteHealth health) {
        this.tuning = tuning;
        this.health = health;
        try {
            directory = Files.createTempDirectory("samklang-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine = open();
    }

    public CoreEngine open() {
        return CoreEngine.open(tuning.apply(EngineConfig.defaults(directory).withSenderLoop(false)), clock, health);
    }

    /** Closes and opens the engine on the same directory, as after a restart. */
    public CoreEngine restart() {
        engine.close();
        engine = open();
        return engine;
    }

    /** Hands a message in and waits for its receipt. */
    public InboundReceipt ingest(InboundMessage message) {
        return await(engine.inbound().accept(message));
    }

    public InboundReceipt ingest(InboundMessage.Builder message) {
        return ingest(message.build());
    }

    /** Every journal event after {@code sequence} up to now, read through a subscription. */
    public List<JournalEvent> journalAfter(long sequence) {
        List<JournalEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch caughtUp = new CountDownLatch(1);
        JournalSubscription subscription = engine.subscribe(sequence, new JournalListener() {

            @Override
            public void onEvent(JournalEvent event) {
                events.add(event);
            }

            @Override
            public void onCaughtUp(long last) {
                caughtUp.countDown();
            }
        });
        try {
            if (!caughtUp.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("journal subscription did not catch up");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            subscription.close();
        }
        return List.copyOf(events);
    }

    /** The most recent journal event. */
    public JournalEvent lastEvent() {
        List<JournalEvent> events = journalAfter(engine.lastSequence() - 1);
        return events.get(events.size() - 1);
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
