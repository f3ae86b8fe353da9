package org.samklang.core.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Runs a parameterless statement without caching it: for {@code ROLLBACK} after a failure, which may itself fail
     * (no transaction left open) and must not break the cache by failing.
     */
    void executeUncached(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Closes and forgets every cached statement, to be prepared again when next used. Call after a statement failed:
     * the driver finalizes a statement whose step failed with anything but busy, locked, misuse or a constraint
     * (a full disk, an I/O error), and a cached statement would then fail with "statement is not executing" for the
     * rest of the connection's life, long after the disk has room again.
     */
    void forgetStatements() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // Already finalized by the driver; forgetting it is all that is left to do.
            }
        }
        statements.clear();
    }

    @Override
    public void close() {
        forgetStatements();
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing to recover; the connection is gone either way.
        }
    }
}
