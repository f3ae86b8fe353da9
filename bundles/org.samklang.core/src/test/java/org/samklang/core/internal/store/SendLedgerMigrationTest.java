package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.conversation.FakeConnector;
import org.samklang.core.internal.conversation.TestClock;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.SendAttempt;
import org.sqlite.SQLiteDataSource;

/**
 * A store written at schema version 5, whose desk stopped while a reply was being sent, reaches version 6 with that
 * attempt in the sent-key ledger: its outcome is unknown, and the next attempt says so.
 */
class SendLedgerMigrationTest {

    private static final Instant AT = Instant.parse("2026-11-10T09:30:00Z");

    @TempDir
    Path directory;

    @Test
    void givenAVersion5StoreWithAReplyBeingSent_whenTheEngineOpensIt_thenTheChannelIsToldTheOutcomeIsUnknown()
            throws Exception {
        Path file = directory.resolve(Database.FILE_NAME);
        try (Connection connection = connection(file); Statement statement = connection.createStatement()) {
            assertEquals(5, Migrations.apply(connection, file, Schema.MIGRATIONS.subList(0, 5)));
            long at = AT.toEpochMilli();
            statement.execute("INSERT INTO customer(id, display_name, created_at) VALUES (1, 'Anna', " + at + ")");
            statement.execute("INSERT INTO address(uri, customer_id, added_at) VALUES ('mailto:anna@kund.se', 1, "
                    + at + ")");
            statement.execute("INSERT INTO conversation(id, customer_id, channel_id, media_type, subject, state,"
                    + " open, opened_at, last_activity_at, message_count) VALUES (1, 1, 'email.support', 'EMAIL',"
                    + " 'Fråga', 'ACTIVE', 1, " + at + ", " + at + ", 1)");
            statement.execute("INSERT INTO message(id, conversation_id, customer_id, direction, channel_id,"
                    + " media_type, to_addresses, subject, body, attachments, metadata, occurred_at, recorded_at,"
                    + " delivery_state, truncated) VALUES (1, 1, 1, 'OUTBOUND', 'email.support', 'EMAIL',"
                    + " '" + ModelCodec.encodeAddresses(List.of(Address.mailto("anna@kund.se"))) + "', 'Re: Fråga',"
                    + " 'Svar', '" + ModelCodec.encodeAttachments(List.of()) + "', '" + FieldCodec.encodeMap(Map.of())
                    + "', " + at + ", " + at + ", 'SENDING', 0)");
            statement.execute("INSERT INTO outbox(message_id, client_key, idempotency_key, channel_id, attempts,"
                    + " next_attempt_at) VALUES (1, 'draft-1', 'samklang-1', 'email.support', 1, " + (at + 300_000)
                    + ")");
        }
        FakeConnector mail = new FakeConnector("email.support", MediaType.EMAIL);
        mail.setCapabilities(new ChannelCapabilities(ChannelCapabilities.UNLIMITED, false, 0, true, Optional.empty(),
                false, false, false));

        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(directory).withSenderLoop(false),
                new TestClock(AT.plusSeconds(3600)))) {
            assertEquals(List.of("UNKNOWN"), engine.outbox().attemptOutcomes(new MessageId(1)));
            engine.connectors().add(mail);
            engine.outbox().runDue(AT.plusSeconds(3600));
            assertEquals(Optional.of("remote-samklang-1"), engine.message(new MessageId(1)).orElseThrow().remoteId());
            assertEquals(Optional.empty(), engine.message(new MessageId(1)).orElseThrow().editedAt());
        }

        assertEquals(List.of(new SendAttempt(2, true)), mail.sendAttempts());
    }

    private static Connection connection(Path file) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }
}
