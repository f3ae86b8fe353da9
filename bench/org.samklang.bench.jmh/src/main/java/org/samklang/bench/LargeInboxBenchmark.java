package org.samklang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.store.Durability;

/**
 * Inbox filter changes on a desk with 100,000 open conversations ({@link LargeInboxStore}; issue 4 target: under
 * 50 ms). Each engine method is one full inbox call as the list makes it on a filter change: the exact total count
 * ("n of N") and the first page of 50. {@link #openDeepPage} starts 5,000 rows deep through a keyset cursor.
 * {@link #slaAtRisk} lists conversations nobody has answered for 80 % of their media type's service-level target
 * (voice 20 s, chat 60 s, social 1 h, e-mail 24 h) at the store's "now". {@link #baselineRawPage} runs the bare
 * first page of the open view over JDBC without the count or mapping, so the ratio shows what the engine adds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class LargeInboxBenchmark {

    private static final int PAGE = 50;
    private static final Map<MediaType, Duration> SLA_TARGETS = Map.of(MediaType.VOICE, Duration.ofSeconds(20),
            MediaType.CHAT, Duration.ofSeconds(60), MediaType.SOCIAL, Duration.ofHours(1), MediaType.EMAIL,
            Duration.ofHours(24));

    private CoreEngine engine;
    private Connection raw;
    private PreparedStatement rawPage;
    private String deepCursor;
    private InboxQuery atRisk;
    private final SplittableRandom random = new SplittableRandom(13);

    @Setup(Level.Trial)
    public void openStore() throws SQLException {
        engine = LargeInboxStore.open();
        raw = IngestBenchmark.rawConnection(LargeInboxStore.directory().resolve("samklang.db"),
                Durability.PROCESS_CRASH_SAFE);
        rawPage = raw.prepareStatement("SELECT id, customer_id, state, last_activity_at FROM conversation"
                + " WHERE open = 1 ORDER BY last_activity_at DESC, id DESC LIMIT " + PAGE);
        Page<Conversation> page = engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(500));
        for (int i = 1; i < 10 && page.hasNext(); i++) {
            page = engine.inbox(InboxQuery.of(View.OPEN), PageRequest.after(page.nextCursor().get(), 500));
        }
        deepCursor = page.nextCursor().orElseThrow();
        atRisk = InboxQuery.of(View.OPEN).unansweredSince(Map.of(
                MediaType.VOICE, atRiskSince(MediaType.VOICE), MediaType.CHAT, atRiskSince(MediaType.CHAT),
                MediaType.SOCIAL, atRiskSince(MediaType.SOCIAL), MediaType.EMAIL, atRiskSince(MediaType.EMAIL)));
    }

    private static Instant atRiskSince(MediaType media) {
        return LargeInboxStore.NOW.minus(SLA_TARGETS.get(media).multipliedBy(8).dividedBy(10));
    }

    @Benchmark
    public Page<Conversation> open() {
        return engine.inbox(InboxQuery.of(View.OPEN), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> openEmail() {
        return engine.inbox(InboxQuery.of(View.OPEN).onMedia(Optional.of(MediaType.EMAIL)), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> openSocial() {
        return engine.inbox(InboxQuery.of(View.OPEN).onMedia(Optional.of(MediaType.SOCIAL)),
                PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> unassigned() {
        return engine.inbox(InboxQuery.of(View.UNASSIGNED), PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> unassignedChat() {
        return engine.inbox(InboxQuery.of(View.UNASSIGNED).onMedia(Optional.of(MediaType.CHAT)),
                PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> mine() {
        return engine.inbox(InboxQuery.mine("agent-" + random.nextInt(LargeInboxStore.AGENTS)),
                PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> slaAtRisk() {
        return engine.inbox(atRisk, PageRequest.first(PAGE));
    }

    @Benchmark
    public Page<Conversation> openDeepPage() {
        return engine.inbox(InboxQuery.of(View.OPEN), PageRequest.after(deepCursor, PAGE));
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
    public void closeStore() throws SQLException {
        engine.close();
        raw.close();
    }
}
