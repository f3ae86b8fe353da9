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

    /** Runs an {@code INSERT ... RETURNING id} and gives the new row's id. */
    public static long insertReturningId(PreparedStatement insert) throws SQLException {
        try (ResultSet row = insert.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("INSERT returned no id");
            }
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
