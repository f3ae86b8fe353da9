package org.samklang.core.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** Small JDBC helpers for nullable columns and generated ids. */
public final class SqlRows {

    private SqlRows() {
    }

    /** The rowid of the last INSERT on this session's connection. */
    public static long lastInsertId(SqlSession session) throws SQLException {
        try (ResultSet row = session.prepare("SELECT last_insert_rowid()").executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The first column of the first row as a long, e.g. a count. */
    public static long singleLong(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0L;
        }
    }

    public static Optional<Long> optionalLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    public static void setOptionalLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
