package org.samklang.core.internal.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;

/**
 * Brings a database to the newest schema this code knows, one numbered migration per transaction.
 * <p>
 * The version lives in {@code PRAGMA user_version}, written in the same transaction as the migration, so a crash
 * mid-way leaves the previous version and the step is simply repeated. {@code PRAGMA application_id} marks the file
 * as Samklang's, so a foreign SQLite file is refused instead of being altered.
 */
final class Migrations {

    /** "SKLG": marks a SQLite file as a Samklang store. */
    static final int APPLICATION_ID = 0x534B4C47;

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private Migrations() {
    }

    static int latestVersion() {
        return Schema.MIGRATIONS.size();
    }

    /** Applies the missing migrations; returns the version the database has afterwards. */
    static int apply(Connection connection, Path file) throws SQLException {
        return apply(connection, file, Schema.MIGRATIONS);
    }

    static int apply(Connection connection, Path file, List<Schema.Migration> migrations) throws SQLException {
        int current = check(connection, file, migrations.size());
        for (Schema.Migration migration : migrations.subList(current, migrations.size())) {
            applyOne(connection, migration);
            LOG.log(Level.INFO, "store {0}: migrated to schema version {1} ({2})", file, migration.version(),
                    migration.description());
        }
        return Math.max(current, migrations.size());
    }

    /**
     * Refuses a database that is not Samklang's or is newer than {@code latest}; reads only.
     *
     * @return the database's schema version
     */
    static int check(Connection connection, Path file, int latest) throws SQLException {
        int current = intPragma(connection, "user_version");
        int applicationId = intPragma(connection, "application_id");
        boolean empty = current == 0 && countTables(connection) == 0;
        if (applicationId != APPLICATION_ID && !empty) {
            throw SqliteErrors.corrupt(file, null);
        }
        if (current > latest) {
            throw new StoreUnavailableException(Reason.NEWER_SCHEMA, "The store " + file + " was written by a newer"
                    + " Samklang (schema version " + current + "; this version knows up to " + latest
                    + "). Update Samklang; the store was left untouched.");
        }
        return current;
    }

    private static void applyOne(Connection connection, Schema.Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + migration.version());
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
    }

    static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static int countTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return row.next() ? row.getInt(1) : 0;
        }
    }
}
