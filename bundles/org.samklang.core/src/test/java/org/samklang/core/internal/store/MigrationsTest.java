package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class MigrationsTest {

    private static final Schema.Migration FIRST = new Schema.Migration(1, "base",
            List.of("CREATE TABLE base(id INTEGER PRIMARY KEY)"));
    private static final Schema.Migration SECOND = new Schema.Migration(2, "add notes",
            List.of("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"));

    @TempDir
    Path directory;

    @Test
    void givenVersion1_whenVersion2IsAdded_thenOnlyTheMissingMigrationRuns() throws Exception {
        try (Connection connection = connection()) {
            assertEquals(1, Migrations.apply(connection, directory, List.of(FIRST)));
            // FIRST creates a table; running it twice would fail, so success proves it was skipped.
            assertEquals(2, Migrations.apply(connection, directory, List.of(FIRST, SECOND)));
            assertEquals(2, Migrations.apply(connection, directory, List.of(FIRST, SECOND)));
            assertTrue(tableExists(connection, "notes"));
        }
    }

    @Test
    void givenAMigrationThatFailsHalfway_whenApplied_thenNothingOfItRemainsAndTheVersionIsUnchanged()
            throws Exception {
        Schema.Migration broken = new Schema.Migration(2, "broken",
                List.of("CREATE TABLE half(id INTEGER)", "CREATE TABLE oops SYNTAX ERROR"));
        try (Connection connection = connection()) {
            Migrations.apply(connection, directory, List.of(FIRST));

            assertThrows(SQLException.class, () -> Migrations.apply(connection, directory, List.of(FIRST, broken)));

            assertEquals(1, Migrations.intPragma(connection, "user_version"));
            assertFalse(tableExists(connection, "half"));
        }
    }

    private Connection connection() throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + directory.resolve("m.db"));
        return source.getConnection();
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + name + "'")) {
            row.next();
            return row.getInt(1) == 1;
        }
    }
}
