package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The disk under the data folder fills while chat lines pour in, then space returns. The desk must say so where the
 * agent looks (a banner and the status line), keep every line the channels could not hand in, and carry on by itself
 * once there is room; afterwards the store holds every line of the burst exactly once. The disk is a small tmpfs in
 * the product's own mount namespace ({@link PrivateMount}); filling it takes a filler file, freeing it deleting that.
 */
class DiskFullTest {

    private static final int DISK_MEGABYTES = 48;
    private static final long LEFT_FREE_BYTES = 256 * 1024;
    private static final int BURST_PER_SECOND = 400;
    private static final int BURST_SECONDS = 5;
    private static final Duration FAULT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void givenTheDiskFillsUnderABurst_thenTheWindowSaysSo_andWhenSpaceReturnsTheDeskRecoversAndLosesNothing()
            throws Exception {
        Path data = temp.resolve("data");
        try (LiveProduct product = LiveProduct.start(temp, List.of(LiveProduct.TRAFFIC_WITHOUT_CALLS), List.of(),
                PrivateMount.smallDisk(data, DISK_MEGABYTES))) {
            new Desk(product).awaitConversations();
            Path filler = product.asSeenByProduct(data.resolve("filler"));
            // java.io.File asks the file system itself (statvfs); NIO's FileStore looks for the mount in the test's
            // own mount table, where this disk does not exist.
            fill(filler, filler.getParent().toFile().getUsableSpace() - LEFT_FREE_BYTES);
            product.sandboxCommand("burst " + BURST_PER_SECOND + " " + BURST_SECONDS);

            Screen full = product.waitFor("the banner and the status line saying the store cannot save", FAULT,
                    banner(b -> b.shows("Samklang cannot save: the disk is full"))
                            .and(screen -> screen.part(Ids.STATUS_LINE).shows("cannot save: disk full")));
            assertTrue(full.part(Ids.STORE_BANNER).shows("New messages wait with their channels"),
                    LiveProduct.describe(full));

            Files.delete(filler);
            product.waitFor("the banner and the store's badge gone once there is room", FAULT,
                    screen -> screen.region(Ids.STORE_BANNER).isEmpty()
                            && !screen.part(Ids.STATUS_LINE).shows("disk full"));

            Path store = product.asSeenByProduct(data.resolve("store"));
            long expected = (long) BURST_PER_SECOND * BURST_SECONDS;
            List<Long> counts = awaitBurstStored(store, expected, product);
            assertEquals(List.of(expected, expected), counts, "every line once, none twice");
        }
    }

    private static Predicate<Screen> banner(Predicate<Screen.Widget> test) {
        return screen -> screen.region(Ids.STORE_BANNER).map(test::test).orElse(false);
    }

    /**
     * Writes {@code bytes} into {@code filler}. The desk writes on the same disk meanwhile, so the disk may fill
     * before the filler is whole; the filler then gives back {@link #LEFT_FREE_BYTES}, as planned.
     */
    private static void fill(Path filler, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        } catch (IOException full) {
            try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
                channel.truncate(Math.max(0, channel.size() - LEFT_FREE_BYTES));
            }
        }
    }

    /**
     * Waits until the store holds the whole burst (the sandbox hands in what it kept, and the burst may still run);
     * {@return the last counts}
     */
    private List<Long> awaitBurstStored(Path store, long expected, LiveProduct product) throws Exception {
        long end = System.nanoTime() + FAULT.toNanos();
        List<Long> counts = burstCounts(store);
        while (counts.get(0) < expected) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the store holds " + counts + " of the " + expected + " burst lines after "
                        + FAULT.toSeconds() + " s; console:\n" + product.consoleTail());
            }
            Thread.sleep(500); // a polling interval; the wait has a deadline
            counts = burstCounts(store);
        }
        return counts;
    }

    /**
     * {@return the burst lines in a copy of the running store, and how many distinct remote ids they have} SQLite
     * resolves the {@code /proc/<pid>/root} link to the test's own root, so it reads a copy: the store file and its
     * write-ahead log, whose torn tail (a commit under way) SQLite ignores by its checksums.
     */
    private List<Long> burstCounts(Path store) throws IOException, SQLException {
        Path copy = Files.createTempDirectory(temp, "store-copy");
        Files.copy(store.resolve("samklang.db"), copy.resolve("samklang.db"));
        if (Files.exists(store.resolve("samklang.db-wal"))) {
            Files.copy(store.resolve("samklang.db-wal"), copy.resolve("samklang.db-wal"));
        }
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + copy.resolve("samklang.db"));
        try (Connection connection = source.getConnection();
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT count(*), count(DISTINCT remote_id) FROM message"
                        + " WHERE channel_id = 'chat.sandbox' AND remote_id LIKE 'burst-%'")) {
            row.next();
            return List.of(row.getLong(1), row.getLong(2));
        }
    }
}
