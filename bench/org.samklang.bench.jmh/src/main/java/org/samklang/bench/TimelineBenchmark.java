package org.samklang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.store.Durability;

/**
 * Reading one customer's history in a store of 1,000,000 messages (requirement: p99 under 20 ms). Sample-time
 * mode, so the output has p50 and p99 per query.
 * <p>
 * {@link #timelineFirstPage} and {@link #timelineSecondPage} page a random customer's timeline across channels
 * (50 per page, with the total count); {@link #conversationMessages} pages one conversation; {@link #searchTwoWords}
 * is a full-text search with its hit count. {@link #baselinePrimaryKeyRead} reads one message row by id over plain
 * JDBC: the floor any query pays. The store is built once by {@link BenchStore} and reused.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class TimelineBenchmark {

    private static final int PAGE = 50;
    private static final String[] SEARCHES = {"leverans försenad", "faktura", "Göteborg paket", "lösenord inlog",
            "återbetalning", "router garanti"};

    private CoreEngine engine;
    private Connection raw;
    private PreparedStatement byId;
    private long customers;
    private long conversations;
    private long messages;
    private final List<CustomerId> withSecondPage = new ArrayList<>();
    private final List<String> secondPageCursors = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void open() throws SQLException {
        engine = BenchStore.open(BenchStore.directory());
        raw = IngestBenchmark.rawConnection(BenchStore.directory().resolve("samklang.db"),
                Durability.PROCESS_CRASH_SAFE);
        customers = max(raw, "customer");
        conversations = max(raw, "conversation");
        messages = max(raw, "message");
        byId = raw.prepareStatement("SELECT * FROM message WHERE id = ?");
        for (long id = 1; withSecondPage.size() < 1_000 && id <= customers; id += 7) {
            Page<Message> first = engine.timeline(new CustomerId(id), PageRequest.first(PAGE));
            if (first.hasNext()) {
                withSecondPage.add(new CustomerId(id));
                secondPageCursors.add(first.nextCursor().get());
            }
        }
    }

    @Benchmark
    public Page<Message> timelineFirstPage() {
        return engine.timeline(new CustomerId(1 + random.nextLong(customers)), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Message> timelineSecondPage() {
        int pick = random.nextInt(withSecondPage.size());
        return engine.timeline(withSecondPage.get(pick), PageRequest.after(secondPageCursors.get(pick), PAGE));
    }

    @Benchmark
    public Page<Message> conversationMessages() {
        return engine.messages(new ConversationId(1 + random.nextLong(conversations)), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Message> searchTwoWords() {
        return engine.search(SEARCHES[random.nextInt(SEARCHES.length)], PageRequest.first(20));
    }

    @Benchmark
    public String baselinePrimaryKeyRead() throws SQLException {
        byId.setLong(1, 1 + random.nextLong(messages));
        try (ResultSet row = byId.executeQuery()) {
            return row.next() ? row.getString("body") : null;
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        engine.close();
        raw.close();
    }

    static long max(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT max(id) FROM " + table);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
