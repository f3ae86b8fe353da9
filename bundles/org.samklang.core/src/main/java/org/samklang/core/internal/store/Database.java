package org.samklang.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file in the data directory: checked, locked, migrated, and the source of every connection.
 * <p>
 * Connections come from {@link SQLiteDataSource} directly because under OSGi {@code java.sql.DriverManager} cannot
 * see the driver bundle. The file runs in WAL mode so readers never block the single writer. Opening never writes
 * to a file that does not start like a SQLite database, so a damaged store is left as it was.
 */
public final class Database implements AutoCloseable {

    /** The store's file name inside the data directory. */
    public static final String FILE_NAME = "samklang.db";
    /**
     * The full-text index's file beside the store. It holds only data derived from the store's messages, so it can
     * always be rebuilt from them; it has its own file so that indexing never holds the store's write lock.
     */
    public static final String SEARCH_FILE_NAME = "samklang-search.db";
    /** The schema name under which every read connection sees the search file. */
    public static final String SEARCH_SCHEMA = "search";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int WRITER_CACHE_KIB = 64 * 1024;
    private static final int READER_CACHE_KIB = 16 * 1024;
    private static final int SEARCH_CACHE_KIB = 32 * 1024;
    private static final int WAL_CHECKPOINT_PAGES = 10_000;

    private final Path file;
    private final Path searchFile;
    private final DataDirectoryLock lock;
    private final SQLiteDataSource writerSource;
    private final SQLiteDataSource readerSource;
    private final SQLiteDataSource searchSource;

    private Database(Path file, DataDirectoryLock lock, Durability durability) {
        this.file = file;
        this.searchFile = file.resolveSibling(SEARCH_FILE_NAME);
        this.lock = lock;
        this.writerSource = dataSource(file, writerConfig(durability));
        this.readerSource = dataSource(file, readerConfig());
        this.searchSource = dataSource(searchFile, searchConfig());
    }

    /**
     * Opens (creating if needed) the store in {@code dataDirectory} and migrates it to the newest schema.
     *
     * @throws StoreUnavailableException if the directory is in use, the file is damaged or newer, or I/O fails
     */
    public static Database open(Path dataDirectory, Durability durability) {
        Path directory = dataDirectory.toAbsolutePath();
        createDirectory(directory);
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        Path file = directory.resolve(FILE_NAME);
        try {
            verifyHeader(file);
            inspect(file);
            Database database = new Database(file, lock, durability);
            try (Connection connection = database.openWriteConnection()) {
                Migrations.apply(connection, file);
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file);
            }
            SearchFile.prepare(database);
            return database;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** A new connection for the single writer; the caller owns and closes it. */
    public Connection openWriteConnection() {
        try {
            return writerSource.getConnection();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /** The full-text index's file. */
    public Path searchFile() {
        return searchFile;
    }

    /**
     * A new read-only connection that also sees the search file as schema {@value #SEARCH_SCHEMA} (which must
     * exist: the search indexer creates it when the engine opens); the caller owns and closes it.
     */
    public Connection openReadConnection() {
        Connection connection = null;
        try {
            connection = readerSource.getConnection();
            try (Statement attach = connection.createStatement()) {
                attach.execute("ATTACH DATABASE '" + searchFile.toString().replace("'", "''") + "' AS "
                        + SEARCH_SCHEMA);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteErrors.translate(e, file);
        }
    }

    /**
     * A new read-write connection to the search file, for the single search indexer; the caller owns and closes it.
     * The search file is derived data, so it runs with {@code synchronous=NORMAL} whatever the store's durability:
     * a commit lost to a power cut is simply indexed again.
     */
    public Connection openSearchConnection() {
        try {
            return searchSource.getConnection();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, searchFile);
        }
    }

    /** Releases the data directory; close every connection first. */
    @Override
    public void close() {
        lock.close();
    }

    private static SQLiteConfig writerConfig(Durability durability) {
        SQLiteConfig config = commonConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(durability.pragmaValue()));
        config.setCacheSize(-WRITER_CACHE_KIB);
        // Checkpoint every ~40 MB of WAL instead of 4 MB: a page changed by many commits is copied back once.
        config.setWalAutocheckpoint(WAL_CHECKPOINT_PAGES);
        // Truncates the WAL file back after a checkpoint so a burst does not leave it huge.
        config.setJournalSizeLimit(64 * 1024 * 1024);
        return config;
    }

    private static SQLiteConfig searchConfig() {
        SQLiteConfig config = commonConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-SEARCH_CACHE_KIB);
        return config;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Already failing; the first error is the one worth reporting.
        }
    }

    private static SQLiteConfig readerConfig() {
        SQLiteConfig config = commonConfig();
        config.setReadOnly(true);
        config.setCacheSize(-READER_CACHE_KIB);
        return config;
    }

    private static SQLiteConfig commonConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // The driver would otherwise prepare "select last_insert_rowid()" after every INSERT; we ask when needed.
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreUnavailableException(Reason.IO_ERROR,
                    "Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks ownership and schema version through a plain connection that sets no pragma: the writer connection
     * switches the file to WAL mode, which must never happen to a file we are going to refuse.
     */
    private static void inspect(Path file) {
        SQLiteConfig plain = new SQLiteConfig();
        plain.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection connection = dataSource(file, plain).getConnection()) {
            Migrations.check(connection, file, Migrations.latestVersion());
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /** Refuses a non-empty file that is not SQLite before SQLite gets a chance to touch it. */
    static void verifyHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(SQLITE_HEADER.length);
            }
            if (!Arrays.equals(header, SQLITE_HEADER)) {
                throw SqliteErrors.corrupt(file, null);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException(Reason.IO_ERROR, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
