package org.samklang.core.internal.conversation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * A channel whose remote, like an SMTP server, delivers every message it is given, however often: its SQLite file
 * keeps one row per delivery, with no dedup. What it does have is a Sent folder it can search by key, and it does so
 * exactly when the core says an earlier attempt's outcome is unknown, as the {@link ChannelConnector} contract asks.
 * <p>
 * To put a crash where it hurts most, it can stop the whole process ({@code Runtime.halt}, which runs nothing
 * further, like a kill) right after its remote committed a delivery and before the core hears of it.
 */
final class NonDedupingRemote implements ChannelConnector, AutoCloseable {

    static final String CHANNEL = "email.smtp";

    private final Connection connection;
    private final int generation;
    private final int haltAfterDeliveries;
    private int deliveries;

    /** @param haltAfterDeliveries halt the process right after this many deliveries; 0 or less: never */
    NonDedupingRemote(Path file, int generation, int haltAfterDeliveries) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        this.connection = source.getConnection();
        this.generation = generation;
        this.haltAfterDeliveries = haltAfterDeliveries;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS delivered(key TEXT NOT NULL, generation INTEGER NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS checks(key TEXT NOT NULL, generation INTEGER NOT NULL,"
                    + " found INTEGER NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS halts(key TEXT NOT NULL, generation INTEGER NOT NULL)");
        }
    }

    @Override
    public synchronized SendResult send(OutboundMessage message, SendAttempt attempt) {
        String key = message.idempotencyKey();
        try {
            if (attempt.previousOutcomeUnknown()) {
                boolean found = inSentFolder(key);
                write("INSERT INTO checks(key, generation, found) VALUES (?, ?, " + (found ? 1 : 0) + ")", key);
                if (found) {
                    return SendResult.sent("<" + key + "@smtp.test>");
                }
            }
            write("INSERT INTO delivered(key, generation) VALUES (?, ?)", key);
            if (++deliveries == haltAfterDeliveries) {
                write("INSERT INTO halts(key, generation) VALUES (?, ?)", key);
                Runtime.getRuntime().halt(137);
            }
            return SendResult.sent("<" + key + "@smtp.test>");
        } catch (SQLException e) {
            return SendResult.retry("fake SMTP server failed before accepting: " + e.getMessage());
        }
    }

    private boolean inSentFolder(String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM delivered WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        }
    }

    private void write(String sql, String key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, key);
            insert.setInt(2, generation);
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
