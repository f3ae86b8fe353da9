package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent.ConversationAssigned;
import org.samklang.core.api.model.JournalEvent.ConversationOpened;
import org.samklang.core.api.model.JournalEvent.ConversationRouted;
import org.samklang.core.api.model.JournalEvent.ConversationStateChanged;
import org.samklang.core.api.model.JournalEvent.ConversationTagged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.internal.store.WriterCache;

/**
 * Conversation rows: create, find, touch on new messages, change state and assignee, each with its event.
 * <p>
 * When the session is the writer's transaction, lookups go through bounded writer caches of rows and of each
 * customer's latest conversation per channel; every change here updates them, and {@link #forgetCached()} drops
 * them after merges and rollbacks. Reader sessions always read the store.
 */
final class ConversationStore {

    /** Values of the {@code open} column: one indexed column serves the open, closed and merged-away lists. */
    static final int OPEN = 1;
    static final int CLOSED = 0;
    static final int MERGED = -1;

    static final String COLUMNS = "id, customer_id, channel_id, media_type, party, subject, state, assignee,"
            + " opened_at, last_activity_at, closed_at, message_count, merged_into, queue_id, skills, priority,"
            + " sla_deadline, tags";
    private static final int CACHED = 16_384;
    private static final String FIND = "SELECT " + COLUMNS + " FROM conversation WHERE id = ?";
    private static final String LATEST_FOR = "SELECT " + COLUMNS + " FROM conversation"
            + " WHERE customer_id = ? AND channel_id = ? AND merged_into IS NULL"
            + " ORDER BY last_activity_at DESC, id DESC LIMIT 1";
    private static final String INSERT = "INSERT INTO conversation(customer_id, channel_id, media_type, party,"
            + " subject, state, open, opened_at, last_activity_at, message_count)"
            + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, 0) RETURNING id";
    private static final String TOUCH = "UPDATE conversation SET message_count = message_count + ?,"
            + " last_activity_at = max(last_activity_at, ?) WHERE id = ?";
    private static final String SET_STATE = "UPDATE conversation SET state = ?, open = ?, closed_at = ? WHERE id = ?";
    private static final String REOPEN = "UPDATE conversation SET state = ?, open = 1, closed_at = NULL, opened_at = ?"
            + " WHERE id = ?";
    private static final String SET_ASSIGNEE = "UPDATE conversation SET assignee = ? WHERE id = ?";
    private static final String SET_ROUTE = "UPDATE conversation SET queue_id = ?, skills = ?, priority = ?,"
            + " sla_deadline = ? WHERE id = ?";
    private static final String SET_TAGS = "UPDATE conversation SET tags = ? WHERE id = ?";

    private final WriterCache<Long, ConversationRow> rows = new WriterCache<>(CACHED);
    private final WriterCache<String, Long> latest = new WriterCache<>(CACHED);
    /** Touches not yet written, by conversation id: {message count to add, newest activity}; writer thread only. */
    private final Map<Long, long[]> pendingTouches = new LinkedHashMap<>();
    /** The customer/channel keys ({@link #latestKey}) of the conversations with pending touches. */
    private final Set<String> pendingLatestKeys = new HashSet<>();
    private final WriteTransaction.DeferredWrite touchWrite = this::writeTouches;

    /** The row as stored, merged or not. */
    Optional<ConversationRow> find(SqlSession session, ConversationId id) throws SQLException {
        boolean writer = session instanceof WriteTransaction;
        if (writer) {
            Optional<ConversationRow> cached = rows.get(id.value());
            if (cached.isPresent()) {
                return cached;
            }
            if (pendingTouches.containsKey(id.value())) {
                writeTouches((WriteTransaction) session);
            }
        }
        PreparedStatement query = session.prepare(FIND);
        query.setLong(1, id.value());
        Optional<ConversationRow> found = readOne(query);
        if (writer) {
            found.ifPresent(this::cache);
        }
        return found;
    }

    /** The conversation that holds what {@code id} held: itself, or where it was merged. */
    Optional<ConversationRow> findCurrent(SqlSession session, ConversationId id) throws SQLException {
        Optional<ConversationRow> row = find(session, id);
        if (row.isPresent() && row.get().mergedInto().isPresent()) {
            return findCurrent(session, row.get().mergedInto().get());
        }
        return row;
    }

    /** Like {@link #findCurrent} but an unknown id is an {@link IllegalArgumentException}. */
    ConversationRow require(SqlSession session, ConversationId id) throws SQLException {
        return findCurrent(session, id).orElseThrow(() -> new IllegalArgumentException("unknown conversation " + id));
    }

    /** The customer's most recently active conversation on the channel, open or closed. */
    Optional<ConversationRow> latestFor(SqlSession session, CustomerId customer, String channelId)
            throws SQLException {
        if (session instanceof WriteTransaction transaction) {
            Optional<Long> cached = latest.get(latestKey(customer, channelId));
            if (cached.isPresent()) {
                return find(transaction, new ConversationId(cached.get()));
            }
            if (pendingLatestKeys.contains(latestKey(customer, channelId))) {
                writeTouches(transaction);
            }
        }
        PreparedStatement query = session.prepare(LATEST_FOR);
        query.setLong(1, customer.value());
        query.setString(2, channelId);
        Optional<ConversationRow> found = readOne(query);
        if (session instanceof WriteTransaction) {
            found.ifPresent(row -> {
                cache(row);
                latest.put(latestKey(customer, channelId), row.id().value());
            });
        }
        return found;
    }

    /** A new conversation in state NEW, with its event; returns the row as stored. */
    ConversationRow create(WriteTransaction transaction, CustomerId customer, String channelId, MediaType mediaType,
            Optional<String> party, String subject, Instant at) throws SQLException {
        PreparedStatement insert = transaction.prepare(INSERT);
        insert.setLong(1, customer.value());
        insert.setString(2, channelId);
        insert.setString(3, mediaType.name());
        insert.setString(4, party.orElse(null));
        insert.setString(5, subject);
        insert.setString(6, ConversationState.NEW.name());
        insert.setLong(7, at.toEpochMilli());
        insert.setLong(8, at.toEpochMilli());
        ConversationId id = new ConversationId(SqlRows.insertReturningId(insert));
        transaction.record(seq -> new ConversationOpened(seq, transaction.now(), id, customer, channelId,
                mediaType));
        ConversationRow row = new ConversationRow(id, customer, channelId, mediaType, party, subject,
                ConversationState.NEW, Optional.empty(), at, at, Optional.empty(), 0, Optional.empty(),
                RouteFields.NONE, Set.of());
        cache(row);
        latest.put(latestKey(customer, channelId), id.value());
        return row;
    }

    /**
     * Counts a new message and moves last activity forward (never back: late messages keep inbox order). The row
     * is written once per batch, before commit (each write moves the conversation's inbox index entry, so a
     * conversation with several messages in a batch costs one write instead of several); the cache has it at once.
     */
    void touch(WriteTransaction transaction, ConversationRow row, Instant at) {
        long[] pending = pendingTouches.computeIfAbsent(row.id().value(), id -> new long[]{0, Long.MIN_VALUE});
        pending[0]++;
        pending[1] = Math.max(pending[1], at.toEpochMilli());
        pendingLatestKeys.add(latestKey(row.customerId(), row.channelId()));
        transaction.deferUntilCommit(touchWrite);
        refresh(row.id(), cached -> cached.touched(at));
        String key = latestKey(row.customerId(), row.channelId());
        if (!latest.get(key).equals(Optional.of(row.id().value()))) {
            // Another conversation of the customer on this channel may have been the latest; let the store decide.
            latest.remove(key);
        }
    }

    /** Moves the conversation to {@code state} with its event; no-op if already there. */
    void changeState(WriteTransaction transaction, ConversationRow row, ConversationState state)
            throws SQLException {
        if (row.state() == state) {
            return;
        }
        PreparedStatement update = transaction.prepare(SET_STATE);
        update.setString(1, state.name());
        update.setInt(2, state.isOpen() ? OPEN : CLOSED);
        SqlRows.setOptionalLong(update, 3, state.isOpen() ? null : transaction.now().toEpochMilli());
        update.setLong(4, row.id().value());
        update.executeUpdate();
        refresh(row.id(), cached -> cached.withState(state, transaction.now()));
        transaction.record(seq -> new ConversationStateChanged(seq, transaction.now(), row.id(), row.state(),
                state));
    }

    /**
     * Makes the conversation wait anew (state NEW) because the customer came back at {@code at}: a closed one is
     * reopened, an answered one waits again (a new call), with its state event. Its opening time moves to {@code at}
     * (never back): the customer waits from there, so the SLA clock, the list's waiting time and routing's arrival
     * count the new wait, not the one answered before.
     */
    void reopen(WriteTransaction transaction, ConversationRow row, Instant at) throws SQLException {
        Instant openedAt = at.isAfter(row.openedAt()) ? at : row.openedAt();
        PreparedStatement update = transaction.prepare(REOPEN);
        update.setString(1, ConversationState.NEW.name());
        update.setLong(2, openedAt.toEpochMilli());
        update.setLong(3, row.id().value());
        update.executeUpdate();
        refresh(row.id(), cached -> cached.reopened(openedAt));
        transaction.record(seq -> new ConversationStateChanged(seq, transaction.now(), row.id(), row.state(),
                ConversationState.NEW));
    }

    /** Sets or clears the assignee with its event; no-op if unchanged. */
    void assign(WriteTransaction transaction, ConversationRow row, Optional<String> agentId) throws SQLException {
        if (row.assignee().equals(agentId)) {
            return;
        }
        PreparedStatement update = transaction.prepare(SET_ASSIGNEE);
        update.setString(1, agentId.orElse(null));
        update.setLong(2, row.id().value());
        update.executeUpdate();
        refresh(row.id(), cached -> cached.withAssignee(agentId));
        transaction.record(seq -> new ConversationAssigned(seq, transaction.now(), row.id(), agentId));
    }

    /** Stores where routing placed the conversation, with its event; no-op if unchanged. */
    void route(WriteTransaction transaction, ConversationRow row, RouteFields route) throws SQLException {
        if (row.route().equals(route)) {
            return;
        }
        PreparedStatement update = transaction.prepare(SET_ROUTE);
        update.setString(1, route.queueId().orElse(null));
        update.setString(2, RouteColumns.encodeSkills(route.skills()));
        update.setInt(3, route.priority());
        SqlRows.setOptionalLong(update, 4, route.slaDeadline().map(Instant::toEpochMilli).orElse(null));
        update.setLong(5, row.id().value());
        update.executeUpdate();
        refresh(row.id(), cached -> cached.withRoute(route));
        // Routing always names a queue (RouteFields.routed); only NONE has none, and NONE is never written.
        String queue = route.queueId().orElseThrow();
        transaction.record(seq -> new ConversationRouted(seq, transaction.now(), row.id(), queue));
    }

    /** Replaces the conversation's (normalised) tags, with their event; no-op if unchanged. */
    void setTags(WriteTransaction transaction, ConversationRow row, Set<String> tags) throws SQLException {
        if (row.tags().equals(tags)) {
            return;
        }
        PreparedStatement update = transaction.prepare(SET_TAGS);
        update.setString(1, RouteColumns.encodeTags(tags));
        update.setLong(2, row.id().value());
        update.executeUpdate();
        refresh(row.id(), cached -> cached.withTags(tags));
        transaction.record(seq -> new ConversationTagged(seq, transaction.now(), row.id(), tags));
    }

    /**
     * Drops the writer's cached rows: after conversation or customer merges, splits and rollbacks. Pending touches
     * are dropped too: after a rollback they were never written, and a merge runs only after they were written.
     */
    void forgetCached() {
        rows.clear();
        latest.clear();
        pendingTouches.clear();
        pendingLatestKeys.clear();
    }

    /** Writes the pending touches (before commit, before other tasks, before reading conversations from SQL). */
    private void writeTouches(WriteTransaction transaction) throws SQLException {
        if (pendingTouches.isEmpty()) {
            return;
        }
        PreparedStatement update = transaction.prepare(TOUCH);
        for (Map.Entry<Long, long[]> touch : pendingTouches.entrySet()) {
            update.setLong(1, touch.getValue()[0]);
            update.setLong(2, touch.getValue()[1]);
            update.setLong(3, touch.getKey());
            update.executeUpdate();
        }
        pendingTouches.clear();
        pendingLatestKeys.clear();
    }

    /** Applies a change to the cached row, if cached (the store has the same change). */
    private void refresh(ConversationId id, UnaryOperator<ConversationRow> change) {
        rows.get(id.value()).ifPresent(cached -> rows.put(id.value(), change.apply(cached)));
    }

    private void cache(ConversationRow row) {
        rows.put(row.id().value(), row);
    }

    private static String latestKey(CustomerId customer, String channelId) {
        return customer.value() + "/" + channelId;
    }

    static Optional<ConversationRow> readOne(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** Reads the {@link #COLUMNS} of the current row. */
    static ConversationRow read(ResultSet rows) throws SQLException {
        return new ConversationRow(new ConversationId(rows.getLong(1)), new CustomerId(rows.getLong(2)),
                rows.getString(3), MediaType.valueOf(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                rows.getString(6), ConversationState.valueOf(rows.getString(7)),
                Optional.ofNullable(rows.getString(8)), Instant.ofEpochMilli(rows.getLong(9)),
                Instant.ofEpochMilli(rows.getLong(10)), SqlRows.optionalLong(rows, 11).map(Instant::ofEpochMilli),
                rows.getInt(12), SqlRows.optionalLong(rows, 13).map(ConversationId::new), RouteColumns.read(rows, 14),
                RouteColumns.decodeTags(rows.getString(18)));
    }
}
