package org.samklang.core.internal.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Something that runs SQL on one connection: the writer's transaction or a read snapshot. Query helpers take this
 * so the writer can read its own uncommitted changes with the same code the readers use.
 */
public interface SqlSession {

    /** A cached prepared statement; set every parameter and close result sets before the session ends. */
    PreparedStatement prepare(String sql) throws SQLException;
}
