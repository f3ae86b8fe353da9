package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.internal.sla.CountedOutcome;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.Writer;

/**
 * What routing counted in each queue's figures, kept in the store ({@code queue_outcome}, schema version 5) so
 * that today's service level, ASA and AHT are the same after a restart as before it.
 * <p>
 * Thread-safe. {@link #record} returns at once; the row is written in the writer's next batch, so an outcome
 * counted in the last moment before a crash may be missing after it, as the change it belongs to may be.
 */
public final class QueueOutcomeStore {

    private static final String INSERT = "INSERT INTO queue_outcome (queue_id, kind, at, duration_ms)"
            + " VALUES (?, ?, ?, ?)";
    private static final String SINCE = "SELECT queue_id, kind, at, duration_ms FROM queue_outcome WHERE at >= ?"
            + " ORDER BY at, id";

    private final Writer writer;
    private final ReadPool readers;

    QueueOutcomeStore(Writer writer, ReadPool readers) {
        this.writer = writer;
        this.readers = readers;
    }

    /**
     * Keeps one counted outcome of {@code queueId}; the future completes once it is committed. While the store cannot
     * write it is kept and saved when it can again, like routing's other writes.
     */
    public CompletableFuture<Void> record(String queueId, CountedOutcome outcome) {
        return writer.submitRetried("queue outcome", transaction -> {
            PreparedStatement insert = transaction.prepare(INSERT);
            insert.setString(1, queueId);
            insert.setString(2, outcome.kind().name());
            insert.setLong(3, outcome.at().toEpochMilli());
            insert.setLong(4, outcome.duration().toMillis());
            insert.executeUpdate();
            return null;
        });
    }

    /**
     * {@return the outcomes counted at or after {@code from}, by queue id, each queue's in time order} A row of a
     * kind this version does not know is skipped rather than failing the start.
     */
    public Map<String, List<CountedOutcome>> since(Instant from) {
        return readers.read(session -> {
            Map<String, List<CountedOutcome>> byQueue = new HashMap<>();
            PreparedStatement query = session.prepare(SINCE);
            query.setLong(1, from.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CountedOutcome.Kind kind = kindOf(rows.getString(2));
                    if (kind != null) {
                        byQueue.computeIfAbsent(rows.getString(1), queue -> new ArrayList<>())
                                .add(new CountedOutcome(kind, Instant.ofEpochMilli(rows.getLong(3)),
                                        Duration.ofMillis(Math.max(0, rows.getLong(4)))));
                    }
                }
            }
            return byQueue;
        });
    }

    private static CountedOutcome.Kind kindOf(String name) {
        for (CountedOutcome.Kind kind : CountedOutcome.Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
