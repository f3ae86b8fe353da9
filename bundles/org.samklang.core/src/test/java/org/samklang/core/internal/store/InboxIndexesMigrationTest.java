package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.InboxQuery.View;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.conversation.TestClock;
import org.sqlite.SQLiteDataSource;

/** A store written at schema version 3 gets the inbox count index of version 4, filled with its existing rows. */
class InboxIndexesMigrationTest {

    private static final Instant OPENED = Instant.parse("2026-11-10T09:30:00Z");

    @TempDir
    Path directory;

    @Test
    void givenAVersion3Store_whenTheEngineOpensIt_thenTheCountIndexExistsAndCountsItsRows() throws Exception {
        Path file = directory.resolve(Database.FILE_NAME);
        try (Connection connection = connection(file)) {
            assertEquals(3, Migrations.apply(connection, file, Schema.MIGRATIONS.subList(0, 3)));
            insertConversation(connection, 1, "EMAIL", "NEW", 1, null);
            insertConversation(connection, 2, "EMAIL", "ACTIVE", 1, "agent-1");
            insertConversation(connection, 3, "CHAT", "QUEUED", 1, null);
            insertConversation(connection, 4, "CHAT", "OFFERED", 1, "agent-2");
            insertConversation(connection, 5, "SOCIAL", "CLOSED", 0, null);
            insertConversation(connection, 6, "VOICE", "NEW", 1, null);
        }

        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(directory).withSenderLoop(false),
                new TestClock(OPENED.plusSeconds(3600)))) {
            assertEquals(5, total(engine, InboxQuery.of(View.OPEN)));
            assertEquals(2, total(engine, InboxQuery.of(View.OPEN).onMedia(Optional.of(MediaType.EMAIL))));
            assertEquals(0, total(engine, InboxQuery.of(View.OPEN).onMedia(Optional.of(MediaType.SOCIAL))));
            assertEquals(3, total(engine, InboxQuery.of(View.UNASSIGNED)));
            assertEquals(1, total(engine, InboxQuery.of(View.UNASSIGNED).onMedia(Optional.of(MediaType.CHAT))));
            // conversations 1, 3, 4 and 6 wait; 1 and 3 opened before the instants given for their media
            assertEquals(2, total(engine, InboxQuery.of(View.OPEN).unansweredSince(Map.of(
                    MediaType.EMAIL, OPENED.plusSeconds(2), MediaType.CHAT, OPENED.plusSeconds(4)))));
        }
        try (Connection connection = connection(file)) {
            assertEquals(Migrations.latestVersion(), Migrations.intPragma(connection, "user_version"));
            assertEquals(List.of("conversation_open_filters"), countIndexes(connection));
        }
    }

    private static long total(CoreEngine engine, InboxQuery query) {
        List<Conversation> listed = engine.inbox(query, PageRequest.first(50)).items();
        long total = engine.inbox(query, PageRequest.first(1)).totalCount();
        assertEquals(listed.size(), total, query + ": the count and the list disagree");
        return total;
    }

    /** A row as a version 3 engine wrote it. */
    private static void insertConversation(Connection connection, long id, String media, String state, int open,
            String assignee) throws SQLException {
        long at = OPENED.plusSeconds(id).toEpochMilli();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customer(id, display_name, created_at) VALUES (" + id + ", 'Kund " + id
                    + "', " + at + ")");
            statement.execute("INSERT INTO conversation(id, customer_id, channel_id, media_type, subject, state, open,"
                    + " assignee, opened_at, last_activity_at, closed_at, message_count) VALUES (" + id + ", " + id
                    + ", '" + media.toLowerCase() + ".main', '" + media + "', 'Ärende " + id + "', '" + state + "', "
                    + open + ", " + (assignee == null ? "NULL" : "'" + assignee + "'") + ", " + at + ", " + at
                    + ", " + (open == 1 ? "NULL" : at) + ", 1)");
        }
    }

    private static List<String> countIndexes(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index'"
                        + " AND name = 'conversation_open_filters'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Connection connection(Path file) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }
}
