package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.conversation.TestClock;
import org.sqlite.SQLiteDataSource;

/** A store written before schema version 3 keeps its conversations, which read with the routing defaults. */
class RoutingFieldsMigrationTest {

    private static final Instant OPENED = Instant.parse("2026-11-10T09:30:00Z");

    @TempDir
    Path directory;

    @Test
    void givenAVersion2Store_whenTheEngineOpensIt_thenItsConversationsAreKeptWithDefaultsAndCanBeRouted()
            throws Exception {
        Path file = directory.resolve(Database.FILE_NAME);
        try (Connection connection = connection(file)) {
            assertEquals(2, Migrations.apply(connection, file, Schema.MIGRATIONS.subList(0, 2)));
            insertConversation(connection, 1, "Faktura");
            insertConversation(connection, 2, "Leverans");
        }
        TestClock clock = new TestClock(OPENED.plusSeconds(3600));

        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(directory).withSenderLoop(false), clock)) {
            Conversation old = engine.conversation(new ConversationId(1)).orElseThrow();
            assertEquals("Faktura", old.subject());
            assertEquals(3, old.messageCount());
            assertDefaults(old);
            List<Conversation> inbox = engine.inbox(InboxQuery.of(InboxQuery.View.UNASSIGNED), PageRequest.first(10))
                    .items();
            assertEquals(List.of("Leverans", "Faktura"), inbox.stream().map(Conversation::subject).toList());
            inbox.forEach(RoutingFieldsMigrationTest::assertDefaults);

            Instant deadline = OPENED.plusSeconds(60);
            Conversation routed = engine.route(new ConversationId(2), "chat", List.of(new SkillRequirement("sv", 2)),
                    6, deadline).get();
            assertEquals(Optional.of("chat"), routed.queueId());
            assertEquals(Optional.of(deadline), engine.conversation(new ConversationId(2)).orElseThrow()
                    .slaDeadline());
        }
        try (Connection connection = connection(file)) {
            assertEquals(Migrations.latestVersion(), Migrations.intPragma(connection, "user_version"));
        }
    }

    private static void assertDefaults(Conversation conversation) {
        assertEquals(Optional.empty(), conversation.queueId());
        assertEquals(List.of(), conversation.skillsNeeded());
        assertEquals(Conversation.DEFAULT_PRIORITY, conversation.priority());
        assertEquals(Optional.empty(), conversation.slaDeadline());
        assertEquals(Set.of(), conversation.tags());
    }

    /** A row as a version 2 engine wrote it: no routing columns exist yet. */
    private static void insertConversation(Connection connection, long id, String subject) throws SQLException {
        long at = OPENED.plusSeconds(id).toEpochMilli();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customer(id, display_name, created_at) VALUES (" + id + ", 'Kund " + id
                    + "', " + at + ")");
            statement.execute("INSERT INTO conversation(id, customer_id, channel_id, media_type, subject, state, open,"
                    + " opened_at, last_activity_at, message_count) VALUES (" + id + ", " + id + ", 'chat.web',"
                    + " 'CHAT', '" + subject + "', 'NEW', 1, " + at + ", " + at + ", 3)");
        }
    }

    private static Connection connection(Path file) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }
}
