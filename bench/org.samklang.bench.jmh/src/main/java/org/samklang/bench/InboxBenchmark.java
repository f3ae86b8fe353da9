package org.samklang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.InboxQuery.View;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.store.Durability;

/**
 * Inbox pages in a store of 1,000,000 messages (about 120,000 conversations, 2,000 open; requirement: p99 under
 * 20 ms). Every engine page includes its total count ("n of N"). {@link #closedDeepPage} starts 10,000 rows deep
 * through a keyset cursor. {@link #baselineRawPage} runs the bare page query of the closed view over JDBC without
 * the count or mapping, so the ratio shows what the engine adds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class InboxBenchmark {

    private static final int PAGE = 50;

    private CoreEngine engine;
    private Connection raw;
    private PreparedStatement rawPage;
    private String deepCursor;
    private final SplittableRandom random = new SplittableRandom(11);

    @Setup(Level.Trial)
    public void open() throws SQLException {
        engine = BenchStore.open(BenchStore.directory());
        raw = IngestBenchmark.rawConnection(BenchStore.directory().resolve("samklang.db"),
                Durability.PROCESS_CRASH_SAFE);
        rawPage = raw.prepareStatement("SELECT id, customer_id, state, last_activity_at FROM conversation"
                + " WHERE open = 0 ORDER BY last_activity_at DESC, id DESC LIMIT " + PAGE);
        Page<Conversation> page = engine.inbox(InboxQuery.of(View.CLOSED), PageRequest.first(500));
        for (int i = 1; i < 20 && page.hasNext(); i++) {
            page = engine.inbox(InboxQuery.of(View.CLOSED), PageRequest.after(page.nextCursor().get(), 500));
        }
        deepCursor = page.nextCursor().orElseThrow();
    }

    @Benchmark
    public Page<Conversation> openFirstPage() {
        return engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> mineFirstPage() {
        return engine.inbox(InboxQuery.mine("agent-" + random.nextInt(BenchStore.AGENTS)), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> closedFirstPage() {
        return engine.inbox(InboxQuery.of(View.CLOSED), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> closedDeepPage() {
        return engine.inbox(InboxQuery.of(View.CLOSED), PageRequest.after(deepCursor, PAGE));
    }

    @Benchmark
    public long baselineRawPage() throws SQLException {
        long sum = 0;
        try (ResultSet rows = rawPage.executeQuery()) {
            while (rows.next()) {
                sum += rows.getLong(1);
            }
        }
        return sum;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        engine.close();
        raw.close();
    }
}
