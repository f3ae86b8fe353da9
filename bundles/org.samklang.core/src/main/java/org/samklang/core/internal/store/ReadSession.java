package org.samklang.core.internal.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One read transaction on a pooled read-only connection: every query in it sees the same committed snapshot, so a
 * page and its total count agree. Confined to the thread that runs the read.
 */
public final class ReadSession implements SqlSession {

    private final StatementCache statements;

    ReadSession(StatementCache statements) {
        this.statements = statements;
    }

    /** A cached prepared statement; set every parameter and close result sets before the read ends. */
    @Override
    public PreparedStatement prepare(String sql) throws SQLException {
        return statements.prepare(sql);
    }

    void begin() throws SQLException {
        statements.execute("BEGIN");
    }

    /** Ends the snapshot; a read transaction left open would keep the WAL from being checkpointed. */
    void end() throws SQLException {
        statements.execute("COMMIT");
    }

    void close() {
        statements.close();
    }
}
