package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.sqlite.SQLiteDataSource;

class DatabaseTest {

    @TempDir
    Path directory;

    @Test
    void givenAnEmptyDataDirectory_whenOpened_thenTheStoreIsCreatedAtTheLatestSchemaInWalMode() throws Exception {
        try (Database database = Database.open(directory, Durability.PROCESS_CRASH_SAFE);
                Connection connection = database.openWriteConnection()) {
            assertEquals(Migrations.latestVersion(), Migrations.intPragma(connection, "user_version"));
            assertEquals(Migrations.APPLICATION_ID, Migrations.intPragma(connection, "application_id"));
            assertEquals("wal", stringPragma(connection, "journal_mode"));
            assertEquals(1, Migrations.intPragma(connection, "synchronous"), "NORMAL");
        }
    }

    @Test
    void givenPowerLossSafety_whenOpened_thenCommitsUseSynchronousFull() throws Exception {
        try (Database database = Database.open(directory, Durability.POWER_LOSS_SAFE);
                Connection connection = database.openWriteConnection()) {
            assertEquals(2, Migrations.intPragma(connection, "synchronous"), "FULL");
        }
    }

    @Test
    void givenAnExistingStore_whenOpenedAgain_thenDataIsKeptAndNoMigrationRunsTwice() throws Exception {
        try (Database database = Database.open(directory, Durability.PROCESS_CRASH_SAFE);
                Connection connection = database.openWriteConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customer(display_name, created_at) VALUES ('Anna', 1)");
        }
        try (Database database = Database.open(directory, Durability.PROCESS_CRASH_SAFE);
                Connection connection = database.openWriteConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT display_name FROM customer")) {
            assertTrue(row.next());
            assertEquals("Anna", row.getString(1));
            assertEquals(Migrations.latestVersion(), Migrations.intPragma(connection, "user_version"));
        }
    }

    @Test
    void givenAStoreFromANewerVersion_whenOpened_thenItIsRefusedClearlyAndLeftUntouched() throws Exception {
        Database.open(directory, Durability.PROCESS_CRASH_SAFE).close();
        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 5));
        }
        byte[] before = Files.readAllBytes(storeFile());

        StoreUnavailableException error = assertThrows(StoreUnavailableException.class,
                () -> Database.open(directory, Durability.PROCESS_CRASH_SAFE));

        assertEquals(Reason.NEWER_SCHEMA, error.reason());
        assertTrue(error.getMessage().contains("newer"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(storeFile()));
    }

    @Test
    void givenGarbageInTheStoreFile_whenOpened_thenCorruptIsReportedAndTheFileIsNotOverwritten() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(storeFile(), garbage);

        StoreUnavailableException error = assertThrows(StoreUnavailableException.class,
                () -> Database.open(directory, Durability.PROCESS_CRASH_SAFE));

        assertEquals(Reason.CORRUPT, error.reason());
        assertTrue(error.getMessage().contains("left untouched"), error.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(storeFile()));
        assertFalse(Files.exists(directory.resolve(Database.FILE_NAME + "-wal")));
    }

    @Test
    void givenAValidHeaderFollowedByGarbage_whenOpened_thenCorruptIsReportedAndTheFileIsNotOverwritten()
            throws Exception {
        byte[] damaged = new byte[8192];
        new Random(11).nextBytes(damaged);
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, damaged, 0, header.length);
        Files.write(storeFile(), damaged);

        StoreUnavailableException error = assertThrows(StoreUnavailableException.class,
                () -> Database.open(directory, Durability.PROCESS_CRASH_SAFE));

        assertEquals(Reason.CORRUPT, error.reason());
        assertArrayEquals(damaged, Files.readAllBytes(storeFile()));
    }

    @Test
    void givenAnotherApplicationsSqliteFile_whenOpened_thenItIsRefusedAndLeftUntouched() throws Exception {
        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)");
        }
        byte[] before = Files.readAllBytes(storeFile());

        StoreUnavailableException error = assertThrows(StoreUnavailableException.class,
                () -> Database.open(directory, Durability.PROCESS_CRASH_SAFE));

        assertEquals(Reason.CORRUPT, error.reason());
        assertArrayEquals(before, Files.readAllBytes(storeFile()));
    }

    @Test
    void givenAnOpenStore_whenASecondEngineOpensTheSameDirectory_thenItIsToldTheDirectoryIsInUse() {
        Database first = Database.open(directory, Durability.PROCESS_CRASH_SAFE);

        StoreUnavailableException error = assertThrows(StoreUnavailableException.class,
                () -> Database.open(directory, Durability.PROCESS_CRASH_SAFE));
        assertEquals(Reason.LOCKED, error.reason());

        first.close();
        Database.open(directory, Durability.PROCESS_CRASH_SAFE).close();
    }

    private Path storeFile() {
        return directory.resolve(Database.FILE_NAME);
    }

    private Connection rawConnection() throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + storeFile());
        return source.getConnection();
    }

    private static String stringPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
            row.next();
            return row.getString(1);
        }
    }
}
