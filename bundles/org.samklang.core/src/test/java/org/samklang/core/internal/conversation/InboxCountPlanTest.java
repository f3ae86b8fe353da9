package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address.Scheme;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.InboxQuery.View;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.store.Database;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;
import org.sqlite.SQLiteDataSource;

/**
 * The inbox counts of a large desk read only the partial index of schema version 4 (never the activity index, which
 * would read the table for every open conversation), the pages walk the activity index without sorting, and both
 * still see exactly the same rows.
 */
class InboxCountPlanTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();
    private final Map<MediaType, Instant> atRisk = Map.of(MediaType.VOICE, t0.minusSeconds(16), MediaType.CHAT,
            t0.minusSeconds(48), MediaType.SOCIAL, t0.minus(Duration.ofMinutes(48)), MediaType.EMAIL,
            t0.minus(Duration.ofHours(19)));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenTheOpenViews_whenTheirCountsArePlanned_thenEachReadsOnlyThePartialIndex() throws SQLException {
        String index = "COVERING INDEX conversation_open_filters";
        String atRiskRanges = index + " (media_type=? AND state=? AND opened_at<?)";
        Map<InboxQuery, String> countIndex = new LinkedHashMap<>();
        countIndex.put(InboxQuery.of(View.OPEN), index);
        countIndex.put(onMedia(View.OPEN, MediaType.EMAIL), index + " (media_type=?)");
        countIndex.put(InboxQuery.of(View.UNASSIGNED), index);
        countIndex.put(onMedia(View.UNASSIGNED, MediaType.CHAT), index + " (media_type=?)");
        countIndex.put(InboxQuery.of(View.OPEN).unansweredSince(atRisk), atRiskRanges);
        countIndex.put(onMedia(View.UNASSIGNED, MediaType.SOCIAL).unansweredSince(atRisk), atRiskRanges);
        countIndex.put(InboxQuery.of(View.UNASSIGNED).inQueues(Optional.of(Set.of("chat", "email"))), index);

        try (Connection connection = storeConnection()) {
            for (Map.Entry<InboxQuery, String> expected : countIndex.entrySet()) {
                InboxFilter filter = InboxFilter.of(expected.getKey());
                String plan = plan(connection, filter.countSql(), filter::bindCount);
                assertTrue(plan.contains(expected.getValue()), expected.getKey() + " counts by " + plan);
                assertFalse(plan.contains("conversation_inbox"), plan);
            }
        }
    }

    @Test
    void givenTheFilteredViews_whenTheirPagesArePlanned_thenEachWalksTheActivityIndexWithoutSorting()
            throws SQLException {
        List<InboxQuery> views = List.of(InboxQuery.of(View.OPEN), onMedia(View.OPEN, MediaType.SOCIAL),
                onMedia(View.UNASSIGNED, MediaType.CHAT), InboxQuery.of(View.OPEN).unansweredSince(atRisk));
        try (Connection connection = storeConnection()) {
            for (InboxQuery view : views) {
                InboxFilter filter = InboxFilter.of(view);
                String plan = plan(connection, "SELECT id FROM " + filter.from() + " WHERE " + filter.where()
                        + " ORDER BY last_activity_at DESC, id DESC LIMIT 50", explain -> filter.bind(explain, 1));
                assertTrue(plan.contains("conversation_inbox"), view + " pages by " + plan);
                assertFalse(plan.contains("TEMP B-TREE"), view + " sorts: " + plan);
            }
        }
    }

    @Test
    void givenAMixedDesk_whenEveryFilterIsCountedAndPaged_thenTheTotalIsExactlyTheRowsListed() {
        List<Given> desk = new ArrayList<>();
        MediaType[] media = MediaType.values();
        ConversationState[] states = {ConversationState.NEW, ConversationState.QUEUED, ConversationState.OFFERED,
                ConversationState.ACTIVE, ConversationState.WRAP_UP, ConversationState.CLOSED};
        for (int i = 0; i < 36; i++) {
            // opened from 30 hours ago to now, so some of each media type are at risk and some are not
            Instant opened = t0.minus(Duration.ofMinutes(50L * i)).minusSeconds(i % 4 * 20);
            Optional<String> agent = i % 3 == 0 ? Optional.empty() : Optional.of("agent-" + i % 2);
            desk.add(open(i, media[i % media.length], opened, agent, states[i / 4 % states.length]));
        }
        List<InboxQuery> queries = new ArrayList<>();
        for (View view : View.values()) {
            InboxQuery base = view == View.MINE ? InboxQuery.mine("agent-1") : InboxQuery.of(view);
            queries.add(base);
            queries.add(base.unansweredSince(atRisk));
            for (MediaType type : media) {
                queries.add(base.onMedia(Optional.of(type)));
                queries.add(base.onMedia(Optional.of(type)).unansweredSince(Map.of(type, atRisk.get(type))));
            }
        }

        for (InboxQuery query : queries) {
            List<ConversationId> listed = listAll(query);
            long expected = desk.stream().filter(given -> given.shownBy(query)).count();
            assertTrue(expected > 0 || query.view() == View.CLOSED || query.view() == View.MINE, query.toString());
            assertEquals(expected, listed.size(), query + " lists");
            assertEquals(listed.size(), fixture.engine.inbox(query, PageRequest.first(3)).totalCount(), query
                    + " counts");
        }
    }

    /** One conversation of the scenario and the fields the inbox filters on. */
    private record Given(MediaType media, Instant opened, Optional<String> agent, ConversationState state) {

        boolean shownBy(InboxQuery query) {
            boolean view = switch (query.view()) {
                case MINE -> state.isOpen() && agent.equals(query.agentId());
                case UNASSIGNED -> state.isOpen() && agent.isEmpty();
                case OPEN -> state.isOpen();
                case CLOSED -> !state.isOpen();
            };
            Instant since = query.unansweredSince().get(media);
            boolean waiting = query.unansweredSince().isEmpty()
                    || state.awaitsAnswer() && since != null && opened.isBefore(since);
            return view && query.mediaType().map(media::equals).orElse(true) && waiting;
        }
    }

    private Given open(int who, MediaType media, Instant at, Optional<String> agent, ConversationState state) {
        InboundMessage message = InboundMessage.builder(media.name().toLowerCase() + ".test", media, "m" + who,
                RawAddress.of(Scheme.TEL, "+4670100" + (1000 + who)), at).text("Hej " + who).build();
        ConversationId id = fixture.ingest(message).conversationId().orElseThrow();
        agent.ifPresent(name -> EngineFixture.await(fixture.engine.assign(id, Optional.of(name))));
        EngineFixture.await(fixture.engine.changeState(id, state));
        return new Given(media, at, agent, state);
    }

    private List<ConversationId> listAll(InboxQuery query) {
        List<ConversationId> ids = new ArrayList<>();
        Page<Conversation> page = fixture.engine.inbox(query, PageRequest.first(3));
        ids.addAll(page.items().stream().map(Conversation::id).toList());
        while (page.hasNext()) {
            page = fixture.engine.inbox(query, PageRequest.after(page.nextCursor().orElseThrow(), 3));
            ids.addAll(page.items().stream().map(Conversation::id).toList());
        }
        return ids;
    }

    private static InboxQuery onMedia(View view, MediaType media) {
        return InboxQuery.of(view).onMedia(Optional.of(media));
    }

    /** Binds a statement's parameters. */
    private interface Binding {

        void bind(PreparedStatement statement) throws SQLException;
    }

    private static String plan(Connection connection, String sql, Binding parameters) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            parameters.bind(explain);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString("detail")).append("; ");
                }
            }
        }
        return plan.toString();
    }

    /** A second connection to the engine's store file, migrated by the engine the fixture opened. */
    private Connection storeConnection() throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + fixture.directory.resolve(Database.FILE_NAME));
        return source.getConnection();
    }
}
