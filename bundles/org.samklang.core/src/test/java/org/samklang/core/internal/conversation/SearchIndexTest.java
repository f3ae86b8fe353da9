package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.store.Database;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundUpdate;
import org.sqlite.SQLiteDataSource;

/**
 * The full-text index lives in its own file and is filled behind the writer. These scenarios leave it behind,
 * ahead of or broken against the store, as a crash, a restored backup or a damaged disk would, and check that search
 * still finds every stored message exactly once.
 */
class SearchIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-12T08:00:00Z");
    private static final int MESSAGES = 300;

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenMessagesStoredRightBeforeASearch_whenSearching_thenEachIsFoundAtOnce() {
        for (int i = 0; i < MESSAGES; i++) {
            MessageId id = store(i);
            assertEquals(Set.of(id), ids(fixture.engine.search(word(i), PageRequest.first(10))), word(i));
        }
    }

    @Test
    void givenAStoreWhoseIndexWasNeverWritten_whenTheEngineOpens_thenSearchFindsEveryMessage() throws IOException {
        Set<MessageId> stored = storeAll();
        fixture.engine.close();
        // As if the process died after the store committed and before the indexer ran: no index at all.
        deleteSearchFiles();

        fixture.engine = fixture.open();

        assertEveryMessageFoundOnce(stored);
    }

    @Test
    void givenAnIndexThatLagsHalfWayBehindTheStore_whenTheEngineOpens_thenItCatchesUpWithoutDuplicates()
            throws IOException {
        Set<MessageId> stored = new HashSet<>();
        for (int i = 0; i < MESSAGES / 2; i++) {
            stored.add(store(i));
        }
        assertEquals(MESSAGES / 2, fixture.engine.search("meddelande", PageRequest.first(5)).totalCount());
        fixture.engine.close();
        Path halfWay = Files.createTempDirectory(fixture.directory, "half-way");
        copySearchFiles(fixture.directory, halfWay);
        fixture.engine = fixture.open();
        for (int i = MESSAGES / 2; i < MESSAGES; i++) {
            stored.add(store(i));
        }
        fixture.engine.close();
        // As if the process died with the second half committed to the store but not to the index.
        deleteSearchFiles();
        copySearchFiles(halfWay, fixture.directory);

        fixture.engine = fixture.open();

        assertEveryMessageFoundOnce(stored);
        assertEquals(MESSAGES, fixture.engine.search("meddelande", PageRequest.first(5)).totalCount());
    }

    @Test
    void givenAnIndexAheadOfTheStore_whenTheEngineOpens_thenItIsRebuiltAndNamesNoMissingMessage()
            throws SQLException {
        Set<MessageId> stored = storeAll();
        fixture.engine.close();
        // An index from a newer copy of the store (the store was restored from a backup).
        sql("UPDATE indexed SET up_to = 1000000");

        fixture.engine = fixture.open();
        MessageId later = store(MESSAGES);
        stored.add(later);

        assertEveryMessageFoundOnce(stored);
        assertEquals(MESSAGES + 1, fixture.engine.search("meddelande", PageRequest.first(5)).totalCount());
    }

    @Test
    void givenADamagedIndexFile_whenTheEngineOpens_thenTheIndexIsRebuiltAndTheStoreIsUntouched() throws IOException {
        Set<MessageId> stored = storeAll();
        fixture.engine.close();
        deleteSearchFiles();
        Files.writeString(searchFile(), "not a database at all ".repeat(200));

        fixture.engine = fixture.open();

        assertEveryMessageFoundOnce(stored);
    }

    @Test
    void givenAnIndexOfTheLayoutBeforeEdits_whenTheEngineOpens_thenItIsUpgradedInPlaceAndFollowsEdits()
            throws SQLException {
        Set<MessageId> stored = storeAll();
        fixture.engine.close();
        // The layout of version 1: no column for the edits replayed.
        sql("CREATE TABLE indexed_v1 AS SELECT id, up_to FROM indexed", "DROP TABLE indexed",
                "ALTER TABLE indexed_v1 RENAME TO indexed", "PRAGMA user_version = 1");

        fixture.engine = fixture.open();
        fixture.engine.inbound().update(InboundUpdate.text(Inbound.MAIL, "<s0@x>", "Rättat nummer 0",
                T0.plusSeconds(1))).join();

        assertEquals(MESSAGES, fixture.engine.search("nummer", PageRequest.first(5)).totalCount(),
                "every message still found once");
        assertEveryMessageFoundOnce(stored);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fixture.engine.search("rättat", PageRequest.first(5)).totalCount() == 0
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
        }
        assertEquals(1, fixture.engine.search("rättat", PageRequest.first(5)).totalCount());
    }

    private Set<MessageId> storeAll() {
        Set<MessageId> stored = new HashSet<>();
        for (int i = 0; i < MESSAGES; i++) {
            stored.add(store(i));
        }
        return stored;
    }

    private MessageId store(int i) {
        InboundReceipt receipt = fixture.ingest(Inbound.email("<s" + i + "@x>", "kund" + (i % 7) + "@kund.se",
                "Ärende " + word(i), T0.plusSeconds(i), null).text("Meddelande nummer " + i));
        assertEquals(InboundReceipt.Status.STORED, receipt.status());
        return receipt.messageId().orElseThrow();
    }

    /** A word only message {@code i} holds, not a prefix of another's ("ordx" + letters). */
    private static String word(int i) {
        StringBuilder word = new StringBuilder("ord");
        for (int rest = i;; rest /= 26) {
            word.append((char) ('a' + rest % 26));
            if (rest < 26) {
                return word.append('x').toString();
            }
        }
    }

    private void assertEveryMessageFoundOnce(Set<MessageId> stored) {
        for (int i = 0; i < MESSAGES; i++) {
            Page<Message> hits = fixture.engine.search(word(i), PageRequest.first(10));
            assertEquals(1, hits.totalCount(), word(i));
            assertTrue(stored.contains(hits.items().get(0).id()), word(i));
        }
    }

    private static Set<MessageId> ids(Page<Message> page) {
        Set<MessageId> ids = new HashSet<>();
        page.items().forEach(message -> ids.add(message.id()));
        return ids;
    }

    private Path searchFile() {
        return fixture.directory.resolve(Database.SEARCH_FILE_NAME);
    }

    private void deleteSearchFiles() throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(fixture.directory.resolve(Database.SEARCH_FILE_NAME + suffix));
        }
    }

    private static void copySearchFiles(Path from, Path to) throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Path file = from.resolve(Database.SEARCH_FILE_NAME + suffix);
            if (Files.exists(file)) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private void sql(String... statements) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + searchFile());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
