package org.samklang.core.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, prepared once and reused: parsing SQL costs more than running the small
 * statements of the hot ingest path. Confined to the thread that owns the connection.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Runs a parameterless statement such as {@code BEGIN} or {@code COMMIT}. */
    void execute(String sql) throws SQLException {
        prepare(sql).execute();
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // Closing the connection frees it anyway.
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing to recover; the connection is gone either way.
        }
    }
}
