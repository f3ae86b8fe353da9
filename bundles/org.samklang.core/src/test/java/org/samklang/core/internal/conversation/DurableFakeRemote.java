package org.samklang.core.internal.conversation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A channel whose "server" is its own SQLite file: it records every send attempt and delivers each idempotency key
 * at most once, the way a mail server drops a repeated Message-ID. Used by the crash test's child process; the file
 * survives the kills so the test can check what the remote saw.
 */
final class DurableFakeRemote implements ChannelConnector, AutoCloseable {

    static final String CHANNEL = "email.crash";

    private final Connection connection;
    private final int generation;

    DurableFakeRemote(Path file, int generation) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        this.connection = source.getConnection();
        this.generation = generation;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS attempts(key TEXT NOT NULL, generation INTEGER NOT NULL,"
                    + " attempt INTEGER NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS delivered(key TEXT PRIMARY KEY, generation INTEGER)");
        }
    }

    @Override
    public synchronized SendResult send(OutboundMessage message, SendAttempt attempt) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            insert("INSERT INTO attempts(key, generation, attempt) VALUES (?, ?, ?)", message, attempt.number());
            insert("INSERT OR IGNORE INTO delivered(key, generation) VALUES (?, ?)", message, 0);
            statement.execute("COMMIT");
            return SendResult.sent("<" + message.idempotencyKey() + "@crash.test>");
        } catch (SQLException e) {
            return SendResult.retry("fake remote failed: " + e.getMessage());
        }
    }

    private void insert(String sql, OutboundMessage message, int attempt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, message.idempotencyKey());
            insert.setInt(2, generation);
            if (sql.contains("attempt)")) {
                insert.setInt(3, attempt);
            }
            insert.executeUpdate();
        }
    }

    @Override
    public String id() {
        return CHANNEL;
    }

    @Override
    public MediaType mediaType() {
        return MediaType.EMAIL;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.plainText();
    }

    @Override
    public ConnectorHealth health() {
        return ConnectorHealth.online(Instant.EPOCH);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
