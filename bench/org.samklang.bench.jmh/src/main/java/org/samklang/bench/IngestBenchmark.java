package org.samklang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.store.Durability;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Ingest into store + journal (requirement: at least 20,000 messages/s on 2 cores, every acknowledged message
 * durable). Scores are messages per second.
 * <p>
 * {@link #engineIngest} hands a batch of messages to the engine the way channel plugins do (asynchronously, each
 * acknowledged after commit): dedup, identity resolution, threading, message row, conversation update and journal
 * event, group-committed by the single writer, while the search indexer fills the full-text index from the
 * committed messages on its own thread (it competes for the same two cores during the measurement).
 * {@link #engineIngestUntilSearchable} also waits, at the end of each batch, until every message is searchable, so it
 * includes the full-text index. {@link #baselineRawInsert} writes the same fields with
 * batched INSERTs into a table without keys or indexes, with the same WAL and synchronous settings and a commit every
 * 1,000 rows: the rate SQLite itself sustains on this machine, so engine/baseline is the engine's cost factor.
 * Message generation happens outside the measured time.
 * <p>
 * Run: {@code java -jar benchmarks.jar IngestBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class IngestBenchmark {

    static final int BATCH = 5_000;
    private static final int RAW_COMMIT_EVERY = 1_000;

    @Param({"THREADS", "UNIFORM"})
    public BenchTraffic.Shape traffic;

    @Param({"PROCESS_CRASH_SAFE", "POWER_LOSS_SAFE"})
    public Durability durability;

    private Path directory;
    private CoreEngine engine;
    private Connection raw;
    private PreparedStatement rawInsert;
    private BenchTraffic generator;
    private List<InboundMessage> batch;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        directory = Files.createTempDirectory("samklang-ingest");
        engine = CoreEngine.open(EngineConfig.defaults(directory.resolve("engine")).withSenderLoop(false)
                .withDurability(durability), Clock.systemUTC());
        raw = rawConnection(directory.resolve("raw.db"), durability);
        try (Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE raw(channel_id, remote_id, from_address, subject, body, received_at)");
        }
        rawInsert = raw.prepareStatement("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?)");
        generator = new BenchTraffic(42, traffic);
    }

    @Setup(Level.Invocation)
    public void nextBatch() {
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(generator.next().message());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long engineIngest() {
        List<CompletableFuture<InboundReceipt>> receipts = new ArrayList<>(BATCH);
        for (InboundMessage message : batch) {
            receipts.add(engine.accept(message));
        }
        long stored = 0;
        for (CompletableFuture<InboundReceipt> receipt : receipts) {
            stored += receipt.join().status() == InboundReceipt.Status.STORED ? 1 : 0;
        }
        return stored;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long engineIngestUntilSearchable() {
        long stored = engineIngest();
        // A search waits until the full-text index holds every message committed before it.
        engine.search("bench-nothing-matches", PageRequest.first(1));
        return stored;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int baselineRawInsert() throws SQLException {
        try (Statement statement = raw.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            for (int i = 0; i < batch.size(); i++) {
                InboundMessage message = batch.get(i);
                rawInsert.setString(1, message.channelId());
                rawInsert.setString(2, message.remoteId());
                rawInsert.setString(3, message.from().text());
                rawInsert.setString(4, message.subject());
                rawInsert.setString(5, message.text());
                rawInsert.setLong(6, message.receivedAt().toEpochMilli());
                rawInsert.addBatch();
                if ((i + 1) % RAW_COMMIT_EVERY == 0) {
                    rawInsert.executeBatch();
                    statement.execute("COMMIT");
                    statement.execute("BEGIN IMMEDIATE");
                }
            }
            rawInsert.executeBatch();
            statement.execute("COMMIT");
        }
        return batch.size();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException, IOException {
        engine.close();
        raw.close();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static Connection rawConnection(Path file, Durability durability) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(durability == Durability.POWER_LOSS_SAFE
                ? SQLiteConfig.SynchronousMode.FULL
                : SQLiteConfig.SynchronousMode.NORMAL);
        config.setGetGeneratedKeys(false);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }
}
