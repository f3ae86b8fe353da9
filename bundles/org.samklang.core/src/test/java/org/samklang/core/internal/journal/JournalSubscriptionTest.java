package org.samklang.core.internal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.JournalEvent.PresenceChanged;
import org.samklang.core.internal.store.Database;
import org.samklang.core.internal.store.Durability;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.Writer;

class JournalSubscriptionTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path directory;

    private Stack stack;

    /** The journal's moving parts on one store, so tests can close and reopen them. */
    private final class Stack implements AutoCloseable {

        final Database database = Database.open(directory, Durability.PROCESS_CRASH_SAFE);
        final ReadPool readers = new ReadPool(database, 3);
        final JournalStore store = new JournalStore();
        final JournalHub hub;
        final Writer writer;

        Stack(int maxBuffered) {
            hub = new JournalHub(readers, store, maxBuffered);
            writer = new Writer(database, store, store.lastSequence(readers), Clock.systemUTC(), hub);
        }

        CompletableFuture<PresenceChanged> write(int events) {
            return writer.submit("events", transaction -> {
                PresenceChanged last = null;
                for (int i = 0; i < events; i++) {
                    last = transaction.record(seq -> new PresenceChanged(seq, transaction.now(), "p" + seq,
                            "AVAILABLE", ""));
                }
                return last;
            });
        }

        @Override
        public void close() {
            hub.close();
            writer.close();
            readers.close();
            database.close();
        }
    }

    @AfterEach
    void close() {
        if (stack != null) {
            stack.close();
        }
    }

    @RepeatedTest(5)
    void givenWritesRacingTheSubscription_whenSubscribingFromZero_thenEveryEventArrivesOnceInOrder()
            throws Exception {
        stack = new Stack(JournalHub.DEFAULT_MAX_BUFFERED);
        int total = 3000;
        stack.write(500).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        CountDownLatch halfway = new CountDownLatch(1);
        Thread producer = Thread.ofPlatform().start(() -> {
            for (int written = 500; written < total; written += 25) {
                stack.write(25);
                if (written == 1500) {
                    halfway.countDown();
                }
            }
        });
        halfway.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Collector collector = new Collector(total);

        // Subscribing while the producer still writes: the switch from catch-up to live happens under load.
        try (JournalSubscription subscription = stack.hub.subscribe(0, collector)) {
            producer.join();
            collector.awaitAll();
            assertEquals(total, subscription.lastDeliveredSequence());
        }
        collector.assertExactly(1, total);
    }

    @Test
    void givenARestart_whenResumingFromTheLastSeenSequence_thenOnlyLaterEventsArriveAndLiveOnesFollow()
            throws Exception {
        stack = new Stack(JournalHub.DEFAULT_MAX_BUFFERED);
        stack.write(100).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        stack.close();
        stack = new Stack(JournalHub.DEFAULT_MAX_BUFFERED);
        Collector collector = new Collector(60);

        JournalSubscription subscription = stack.hub.subscribe(60, collector);
        stack.write(20).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        collector.awaitAll();
        subscription.close();
        collector.assertExactly(61, 120);
    }

    @Test
    void givenASlowListenerAndASmallBuffer_whenManyEventsArrive_thenItStillGetsEveryEventInOrder()
            throws Exception {
        stack = new Stack(5);
        Semaphore gate = new Semaphore(0);
        Collector collector = new Collector(400) {

            @Override
            public void onEvent(JournalEvent event) {
                gate.acquireUninterruptibly();
                super.onEvent(event);
            }
        };
        JournalSubscription subscription = stack.hub.subscribe(0, collector);
        for (int i = 0; i < 40; i++) {
            stack.write(10).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        gate.release(Integer.MAX_VALUE / 2);
        collector.awaitAll();
        subscription.close();
        collector.assertExactly(1, 400);
        assertTrue(collector.caughtUpCount.get() >= 2, "the overflow made it catch up from the store again");
    }

    @Test
    void givenAListenerThatThrows_whenEventsArrive_thenLaterEventsAreStillDelivered() throws Exception {
        stack = new Stack(JournalHub.DEFAULT_MAX_BUFFERED);
        Collector collector = new Collector(10) {

            @Override
            public void onEvent(JournalEvent event) {
                super.onEvent(event);
                if (event.sequence() == 3) {
                    throw new IllegalStateException("listener bug");
                }
            }
        };
        JournalSubscription subscription = stack.hub.subscribe(0, collector);
        stack.write(10).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        collector.awaitAll();
        subscription.close();
        collector.assertExactly(1, 10);
    }

    @Test
    void givenAResumePointBeyondTheJournal_whenSubscribing_thenItIsRefusedClearly() throws Exception {
        stack = new Stack(JournalHub.DEFAULT_MAX_BUFFERED);
        stack.write(3).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stack.hub.subscribe(10, event -> {
                }));
        assertTrue(error.getMessage().contains("0..3"), error.getMessage());
    }

    @Test
    void givenAClosedSubscription_whenMoreEventsCommit_thenTheyAreNotDelivered() throws Exception {
        stack = new Stack(JournalHub.DEFAULT_MAX_BUFFERED);
        Collector collector = new Collector(5);
        JournalSubscription subscription = stack.hub.subscribe(0, collector);
        stack.write(5).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        collector.awaitAll();

        subscription.close();
        stack.write(5).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Collector later = new Collector(10);
        JournalSubscription probe = stack.hub.subscribe(0, later);
        later.awaitAll();
        probe.close();

        collector.assertExactly(1, 5);
    }

    /** Collects events and counts down when it has the expected number. */
    private static class Collector implements JournalListener {

        final List<Long> sequences = new CopyOnWriteArrayList<>();
        final AtomicLong caughtUpCount = new AtomicLong();
        private final CountDownLatch done;

        Collector(int expected) {
            done = new CountDownLatch(expected);
        }

        @Override
        public void onEvent(JournalEvent event) {
            sequences.add(event.sequence());
            done.countDown();
        }

        @Override
        public void onCaughtUp(long sequence) {
            caughtUpCount.incrementAndGet();
        }

        void awaitAll() throws InterruptedException {
            assertTrue(done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "events missing: got " + sequences.size());
        }

        void assertExactly(long first, long last) {
            List<Long> expected = new ArrayList<>();
            for (long sequence = first; sequence <= last; sequence++) {
                expected.add(sequence);
            }
            assertEquals(expected, sequences);
        }
    }
}
