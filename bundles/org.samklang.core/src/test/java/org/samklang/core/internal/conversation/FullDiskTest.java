package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.JournalEvent.PresenceChanged;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.core.internal.store.Database;
import org.samklang.core.internal.store.StoreHealthBoard;
import org.samklang.core.spi.InboundMessage;
import org.sqlite.SQLiteDataSource;

/**
 * The disk fills while a channel hands messages in, then room returns. The store-level hook caps the store's growth,
 * which fails writes with SQLITE_FULL as a full disk does. The channel follows the {@code InboundSink} contract (it does not
 * acknowledge what failed and hands it in again, {@link RehandingChannel}); the test then checks what the contract
 * and the store's messages promise: what was acknowledged before stays, everything ends up stored exactly once, the
 * journal has no gaps, the engine's own changes were kept, and the desk recovered by itself.
 */
class FullDiskTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String BODY = "Var är min beställning? ".repeat(200);

    private final StoreHealthBoard health = new StoreHealthBoard(java.time.Clock.systemUTC());
    private final EngineFixture fixture = new EngineFixture(config -> config, health);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void givenTheDiskFillsWhileAChannelHandsIn_whenRoomReturns_thenEverythingIsStoredOnceAndNothingIsLost()
            throws Exception {
        health.opened(fixture.engine.storeFile().toString());
        RehandingChannel channel = new RehandingChannel(fixture.engine.inbound());
        for (int i = 0; i < 30; i++) {
            channel.handIn(line(i));
        }
        await("the first 30 acknowledged", () -> channel.settled() && channel.acknowledged().size() == 30);

        fixture.engine.capStoreGrowth(0);
        for (int i = 30; i < 230; i++) {
            channel.handIn(line(i));
        }
        CompletableFuture<PresenceChanged> presence = fixture.engine.recordPresenceChange("karin", "AWAY", "lunch");
        await("the store refusing", () -> channel.settled() && !channel.kept().isEmpty());

        StoreHealth full = health.health();
        assertEquals(StoreHealth.State.CANNOT_SAVE, full.state());
        assertEquals(java.util.Optional.of(Reason.DISK_FULL), full.reason());
        assertTrue(full.refused() > 0);
        assertTrue(full.detail().contains("SQLITE_FULL"), "the driver's own error: " + full.detail());
        assertFalse(full.detail().contains("Free some space"), "the desktop words what to do: " + full.detail());
        assertEquals(List.of(), channel.unexpected(), "refusals come as StoreUnavailableException, unwrapped");
        assertFalse(presence.isDone(), "the engine's own change waits for room instead of failing");
        assertStoredOnce(channel.acknowledged());

        fixture.engine.capStoreGrowth(-1);
        await("every line stored", () -> {
            channel.handInKeptAgain();
            return channel.settled() && channel.kept().isEmpty();
        });

        assertEquals(230, channel.acknowledged().size());
        assertEquals("lunch", presence.get(10, TimeUnit.SECONDS).detail());
        assertEquals(StoreHealth.State.SAVING, health.health().state());
        assertStoredOnce(channel.acknowledged());
        assertJournalWithoutGaps();
        fixture.restart();
        assertStoredOnce(channel.acknowledged());
    }

    private static InboundMessage line(int i) {
        return Inbound.chat("line-" + i, "+46701234" + String.format("%03d", i % 40), i + ": " + BODY,
                Instant.parse("2026-11-12T08:00:00Z").plusSeconds(i)).build();
    }

    private void assertStoredOnce(List<String> remoteIds) throws SQLException {
        try (Connection store = open()) {
            for (String remoteId : remoteIds) {
                assertEquals(1, count(store, "SELECT count(*) FROM message WHERE channel_id = '" + Inbound.CHAT
                        + "' AND remote_id = '" + remoteId + "'"), remoteId);
            }
            assertEquals(remoteIds.size(), count(store, "SELECT count(*) FROM message"));
        }
    }

    private void assertJournalWithoutGaps() throws SQLException {
        try (Connection store = open()) {
            assertEquals(count(store, "SELECT count(*) FROM journal"), count(store, "SELECT max(seq) FROM journal"));
        }
    }

    private Connection open() throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + fixture.directory.resolve(Database.FILE_NAME));
        return source.getConnection();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + DEADLINE.toSeconds() + " s for " + what);
            }
            Thread.sleep(10); // a polling interval; the wait has a deadline
        }
    }
}
