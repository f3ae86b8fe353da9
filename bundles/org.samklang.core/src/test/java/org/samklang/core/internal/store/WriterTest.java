package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.JournalEvent.PresenceChanged;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.core.internal.journal.JournalStore;

class WriterTest {

    @TempDir
    Path directory;

    private Database database;
    private ReadPool readers;
    private Writer writer;
    private final List<JournalEvent> published = new CopyOnWriteArrayList<>();
    private final JournalStore journal = new JournalStore();

    @BeforeEach
    void open() {
        database = Database.open(directory, Durability.PROCESS_CRASH_SAFE);
        readers = new ReadPool(database, 2);
        writer = new Writer(database, journal, 0, Clock.fixed(Instant.parse("2026-11-12T08:00:00Z"),
                ZoneOffset.UTC), published::addAll);
    }

    @AfterEach
    void close() {
        writer.close();
        readers.close();
        database.close();
    }

    @Test
    void givenManyConcurrentCallers_whenEachSubmitsChanges_thenAllCommitWithGaplessJournalSequences()
            throws Exception {
        List<Thread> callers = new ArrayList<>();
        List<CompletableFuture<PresenceChanged>> futures = new CopyOnWriteArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int caller = thread;
            callers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 250; i++) {
                    futures.add(writer.submit("presence", presence("agent-" + caller, "BUSY")));
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertEquals(2000, journalCount());
        assertEquals(2000, journal.lastSequence(readers));
        for (int i = 0; i < published.size(); i++) {
            assertEquals(i + 1, published.get(i).sequence(), "published in sequence order without gaps");
        }
    }

    @Test
    void givenOneFailingTaskInABatch_whenCommitted_thenOnlyItFailsAndItsSequenceIsReused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> blocker = writer.submit("hold the writer", transaction -> awaitQuietly(release));
        AtomicBoolean failedAfterCommitRan = new AtomicBoolean();
        CompletableFuture<PresenceChanged> first = writer.submit("first", presence("karin", "AVAILABLE"));
        CompletableFuture<Object> failing = writer.submit("failing", transaction -> {
            transaction.record(seq -> new PresenceChanged(seq, transaction.now(), "erik", "AWAY", ""));
            transaction.afterCommit(() -> failedAfterCommitRan.set(true));
            throw new IllegalArgumentException("unknown conversation conversation#42");
        });
        CompletableFuture<PresenceChanged> third = writer.submit("third", presence("anders", "BUSY"));
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);

        assertEquals(1, first.get(10, TimeUnit.SECONDS).sequence());
        assertEquals(2, third.get(10, TimeUnit.SECONDS).sequence());
        ExecutionException error = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, error.getCause());
        assertFalse(failedAfterCommitRan.get());
        assertEquals(2, journalCount());
    }

    @Test
    void givenAFullDisk_whenABatchCannotBeWritten_thenItFailsClearlyEarlierDataStaysAndWritingResumesLater()
            throws Exception {
        writer.submit("table", transaction -> transaction.prepare("CREATE TABLE filler(data BLOB)").execute())
                .get(10, TimeUnit.SECONDS);
        PresenceChanged kept = writer.submit("before", presence("karin", "AVAILABLE")).get(10, TimeUnit.SECONDS);
        long pages = readers.read(session -> SqlRows.singleLong(session.prepare("PRAGMA page_count")));
        writer.submit("limit", transaction -> SqlRows.singleLong(
                transaction.prepare("PRAGMA max_page_count = " + (pages + 4)))).get(10, TimeUnit.SECONDS);

        CompletableFuture<Object> tooBig = writer.submit("fill", transaction -> {
            transaction.record(seq -> new PresenceChanged(seq, transaction.now(), "erik", "AWAY", ""));
            PreparedStatement insert = transaction.prepare("INSERT INTO filler(data) VALUES (?)");
            insert.setBytes(1, new byte[1024 * 1024]);
            return insert.executeUpdate();
        });

        ExecutionException error = assertThrows(ExecutionException.class, () -> tooBig.get(10, TimeUnit.SECONDS));
        StoreUnavailableException full = assertInstanceOf(StoreUnavailableException.class, error.getCause());
        assertEquals(Reason.DISK_FULL, full.reason());
        assertTrue(full.getMessage().contains("full"), full.getMessage());
        assertEquals(kept.sequence(), journal.lastSequence(readers));

        writer.submit("more room", transaction -> SqlRows.singleLong(
                transaction.prepare("PRAGMA max_page_count = 1000000"))).get(10, TimeUnit.SECONDS);
        PresenceChanged after = writer.submit("after", presence("erik", "AWAY")).get(10, TimeUnit.SECONDS);
        assertEquals(kept.sequence() + 1, after.sequence(), "the failed batch's sequence number is reused");
    }

    @Test
    void givenAFullDisk_whenRoomReturns_thenTheStatementsThatFailedWriteAgainAndNothingCommittedIsLost()
            throws Exception {
        writer.submit("table", transaction -> transaction.prepare("CREATE TABLE filler(data BLOB)").execute())
                .get(10, TimeUnit.SECONDS);
        PresenceChanged kept = writer.submit("before", presence("karin", "AVAILABLE")).get(10, TimeUnit.SECONDS);
        writer.submit("small row", fill(1024)).get(10, TimeUnit.SECONDS);
        limitGrowthTo(4);

        ExecutionException full = assertThrows(ExecutionException.class,
                () -> writer.submit("big row", fill(1024 * 1024)).get(10, TimeUnit.SECONDS));
        assertEquals(Reason.DISK_FULL, assertInstanceOf(StoreUnavailableException.class, full.getCause()).reason());
        limitGrowthTo(1_000_000);

        // The same SQL again: the driver finalized the statement that hit the full disk; it must be prepared anew.
        assertEquals(1, writer.submit("small row again", fill(1024)).get(10, TimeUnit.SECONDS));
        PresenceChanged after = writer.submit("after", presence("erik", "AWAY")).get(10, TimeUnit.SECONDS);
        assertEquals(kept.sequence() + 1, after.sequence());
        assertEquals(2L, (long) readers.read(session -> SqlRows.singleLong(
                session.prepare("SELECT count(*) FROM filler"))), "the row before the full disk is kept");
    }

    @Test
    void givenAFullDisk_whenBatchAfterBatchFails_thenTheFailureIsLoggedOnceAndTheRecoveryOnce() throws Exception {
        StoreHealthBoard board = new StoreHealthBoard(Clock.systemUTC());
        writer.close();
        writer = new Writer(database, journal, journal.lastSequence(readers), Clock.systemUTC(), published::addAll,
                board);
        writer.submit("table", transaction -> transaction.prepare("CREATE TABLE filler(data BLOB)").execute())
                .get(10, TimeUnit.SECONDS);
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = capture(records);
        Logger store = Logger.getLogger("org.samklang.core.internal.store");
        store.addHandler(capture);
        try {
            limitGrowthTo(2);
            for (int batch = 0; batch < 3; batch++) {
                CompletableFuture<Integer> big = writer.submit("big row", fill(1024 * 1024));
                assertThrows(ExecutionException.class, () -> big.get(10, TimeUnit.SECONDS));
            }
            assertEquals(StoreHealth.State.CANNOT_SAVE, board.health().state());
            assertEquals(3, board.health().refused());
            limitGrowthTo(1_000_000);
            writer.submit("small row", fill(10)).get(10, TimeUnit.SECONDS);
        } finally {
            store.removeHandler(capture);
        }

        List<LogRecord> warnings = records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(1, warnings.size(), () -> "one line for the failure, not one per batch: " + messages(records));
        assertTrue(warnings.get(0).getMessage().contains("cannot save"), warnings.get(0).getMessage());
        assertEquals(1, records.stream().filter(r -> r.getMessage().startsWith("the store saves again")).count(),
                () -> messages(records));
        assertEquals(StoreHealth.State.SAVING, board.health().state());
    }

    @Test
    void givenAFullDisk_whenTheEngineWritesOnItsOwnBehalf_thenItsChangesAreKeptAndSavedInOrderOnceThereIsRoom()
            throws Exception {
        writer.submit("table", transaction -> transaction.prepare("CREATE TABLE filler(data BLOB)").execute())
                .get(10, TimeUnit.SECONDS);
        writer.capGrowth(2);

        CompletableFuture<PresenceChanged> first = writer.submitRetried("presence", bigPresence("karin"));
        CompletableFuture<PresenceChanged> second = writer.submitRetried("presence", bigPresence("erik"));
        CompletableFuture<PresenceChanged> refused = writer.submit("presence", bigPresence("anders"));
        ExecutionException error = assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
        assertInstanceOf(StoreUnavailableException.class, error.getCause());
        assertFalse(first.isDone() || second.isDone(), "the engine's own changes wait for room, they do not fail");

        writer.capGrowth(-1);
        assertEquals(1, first.get(10, TimeUnit.SECONDS).sequence());
        assertEquals(2, second.get(10, TimeUnit.SECONDS).sequence());
        assertEquals(2, journalCount());
    }

    @Test
    void givenTheEnginesOwnChangesWaitForRoom_whenTheWriterCloses_thenTheyFailAsClosed() throws Exception {
        writer.submit("table", transaction -> transaction.prepare("CREATE TABLE filler(data BLOB)").execute())
                .get(10, TimeUnit.SECONDS);
        writer.capGrowth(2);
        CompletableFuture<PresenceChanged> waiting = writer.submitRetried("presence", bigPresence("karin"));
        CompletableFuture<PresenceChanged> refused = writer.submit("presence", bigPresence("erik"));
        assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));

        writer.close();

        ExecutionException error = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertEquals(Reason.CLOSED, ((StoreUnavailableException) error.getCause()).reason());
    }

    @Test
    void givenAClosedWriter_whenAChangeIsSubmitted_thenItFailsAsClosed() {
        writer.close();

        ExecutionException error = assertThrows(ExecutionException.class,
                () -> writer.submit("late", presence("karin", "AVAILABLE")).get(10, TimeUnit.SECONDS));
        assertEquals(Reason.CLOSED, ((StoreUnavailableException) error.getCause()).reason());
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Writer.Work<PresenceChanged> presence(String person, String state) {
        return transaction -> transaction.record(seq -> new PresenceChanged(seq, transaction.now(), person, state,
                ""));
    }

    /** Lets the store grow by {@code pages} more pages, through the writer's own connection (a PRAGMA task). */
    private void limitGrowthTo(long pages) throws Exception {
        long now = readers.read(session -> SqlRows.singleLong(session.prepare("PRAGMA page_count")));
        writer.submit("limit", transaction -> SqlRows.singleLong(
                transaction.prepare("PRAGMA max_page_count = " + (now + pages)))).get(10, TimeUnit.SECONDS);
    }

    private static Writer.Work<Integer> fill(int bytes) {
        return transaction -> {
            PreparedStatement insert = transaction.prepare("INSERT INTO filler(data) VALUES (?)");
            insert.setBytes(1, new byte[bytes]);
            return insert.executeUpdate();
        };
    }

    /** A presence change with a row of filler, so it needs room in the store. */
    private static Writer.Work<PresenceChanged> bigPresence(String person) {
        return transaction -> {
            fill(256 * 1024).run(transaction);
            return transaction.record(seq -> new PresenceChanged(seq, transaction.now(), person, "AWAY", ""));
        };
    }

    private static Handler capture(List<LogRecord> records) {
        Handler handler = new Handler() {

            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
                // Kept in memory.
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }

    private static String messages(List<LogRecord> records) {
        return String.join("\n", records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList());
    }

    private long journalCount() {
        return readers.read(session -> {
            try (ResultSet row = session.prepare("SELECT count(*) FROM journal").executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
