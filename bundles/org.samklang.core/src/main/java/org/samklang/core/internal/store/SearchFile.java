package org.samklang.core.internal.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;

/**
 * The full-text index's own SQLite file: a contentless FTS5 table over message subject and body (rowid = message
 * id), the id of the last message indexed and of the last edit replayed.
 * <p>
 * Everything in it is derived from the store's message table, which is never changed by indexing. So a file that
 * is damaged, or was written by another schema version, is deleted and rebuilt from the messages instead of being
 * refused. Contentless because the texts already live in the store: queries take rowids here and read the messages
 * there.
 */
final class SearchFile {

    /**
     * Bumped when the layout below changes; a file of an older version is upgraded where a step is known (1 to 2:
     * the edits replayed so far), any other is rebuilt.
     */
    static final int VERSION = 2;

    private static final System.Logger LOG = System.getLogger(SearchFile.class.getName());
    private static final String[] SCHEMA = {
            """
                    CREATE VIRTUAL TABLE message_fts USING fts5(subject, body, content='',
                        tokenize='unicode61 remove_diacritics 2')""",
            """
                    CREATE TABLE indexed (id INTEGER PRIMARY KEY CHECK (id = 1), up_to INTEGER NOT NULL,
                        revised_up_to INTEGER NOT NULL DEFAULT 0)""",
            "INSERT INTO indexed(id, up_to) VALUES (1, 0)"};
    /** From version 1: no message had been edited before the store learnt edits, so none is replayed. */
    private static final String[] FROM_VERSION_1 = {
            "ALTER TABLE indexed ADD COLUMN revised_up_to INTEGER NOT NULL DEFAULT 0"};

    private SearchFile() {
    }

    /** Makes sure the search file exists with the current layout; rebuilds it (empty) if it cannot be used. */
    static void prepare(Database database) {
        Path file = database.searchFile();
        try {
            createIfMissing(database);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index " + file + " cannot be used (" + e.getMessage()
                    + "); rebuilding it from the store's messages");
            delete(file);
            try {
                createIfMissing(database);
            } catch (SQLException again) {
                throw SqliteErrors.translate(again, file);
            }
        }
    }

    private static void createIfMissing(Database database) throws SQLException {
        try (Connection connection = database.openSearchConnection();
                Statement statement = connection.createStatement()) {
            int version = Migrations.intPragma(connection, "user_version");
            if (version == VERSION) {
                return;
            }
            if (version != 0 && version != 1) {
                throw new IllegalStateException("search index layout " + version + ", expected " + VERSION);
            }
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : version == 1 ? FROM_VERSION_1 : SCHEMA) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + VERSION);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static void delete(Path file) {
        try {
            for (String suffix : new String[]{"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new StoreUnavailableException(Reason.IO_ERROR, "Cannot replace the damaged search index " + file
                    + ": " + e.getMessage(), e);
        }
    }
}
