package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.store.Database;
import org.samklang.core.spi.InboundMessage;
import org.sqlite.SQLiteDataSource;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Kills a real engine process (SIGKILL) several times while it ingests and sends, then checks that nothing
 * acknowledged was lost and nothing was delivered twice.
 * <p>
 * What "not sent twice" means here: the outbox may hand the same reply to the channel again only when the process
 * died after recording that an attempt started and before recording its result. Such a repeat always carries the
 * same idempotency key, and the remote (like a mail server seeing a known Message-ID) keeps one copy. So the test
 * asserts: every acknowledged reply is delivered exactly once per key; a key reaches the remote at most once per
 * process lifetime (no retry of an attempt whose result was recorded); and every delivery belongs to a reply the
 * store knows.
 */
class CrashRecoveryTest {

    private static final int KILLS = 5;
    private static final long LINE_TIMEOUT_SECONDS = 60;

    @TempDir
    Path directory;

    private final Set<String> acknowledgedIn = new LinkedHashSet<>();
    private final Set<String> acknowledgedOut = new LinkedHashSet<>();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void givenAnEngineKilledFiveTimesMidWork_whenItFinallyDrains_thenNothingAcknowledgedIsLostOrDuplicated()
            throws Exception {
        Path data = directory.resolve("data");
        Path remote = directory.resolve("remote.db");
        Random random = new Random(20261112);

        for (int generation = 1; generation <= KILLS; generation++) {
            int linesBeforeKill = 100 + random.nextInt(500);
            runChild(data, remote, generation, "run", linesBeforeKill);
        }
        // Right after the last kill: the full-text index usually trails the store here and must catch up.
        assertSearchFindsEveryAcknowledgedMessage(data);
        runChild(data, remote, KILLS + 1, "drain", -1);

        assertTrue(acknowledgedIn.size() > KILLS * 50, "the child did real work: " + acknowledgedIn.size());
        assertInboundStoredExactlyOnce(data);
        Map<String, String> keyOfReply = idempotencyKeys(data);
        assertRepliesDeliveredExactlyOncePerKey(remote, keyOfReply);
        assertJournalWithoutGaps(data);
    }

    /** Runs one child; kills it after {@code killAfterLines} acknowledgements, or waits for DRAINED. */
    private void runChild(Path data, Path remote, int generation, String mode, int killAfterLines)
            throws Exception {
        Process child = new ProcessBuilder(javaExecutable(), "-cp", childClasspath(), CrashChild.class.getName(),
                data.toString(), remote.toString(), Integer.toString(generation), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> readLines(child, lines));
        try {
            int acknowledged = 0;
            while (killAfterLines < 0 || acknowledged < killAfterLines) {
                String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(line, "generation " + generation + " went silent");
                assertTrue(!line.startsWith("ERROR"), line);
                if (line.equals("DRAINED")) {
                    break;
                }
                acknowledged += record(line) ? 1 : 0;
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            reader.join();
        }
        // Lines printed before the kill landed still count: they were acknowledged.
        lines.forEach(this::record);
    }

    private boolean record(String line) {
        if (line.startsWith("IN ")) {
            acknowledgedIn.add(line.substring(3));
            return true;
        }
        if (line.startsWith("OUT ")) {
            acknowledgedOut.add(line.substring(4));
            return true;
        }
        return false;
    }

    private void assertInboundStoredExactlyOnce(Path data) throws SQLException {
        try (Connection store = open(data.resolve(Database.FILE_NAME))) {
            for (String remoteId : acknowledgedIn) {
                assertEquals(1, count(store, "SELECT count(*) FROM message WHERE channel_id = ? AND remote_id = ?",
                        DurableFakeRemote.CHANNEL, remoteId), remoteId);
            }
            assertEquals(0, count(store, "SELECT count(*) FROM (SELECT remote_id FROM message WHERE direction ="
                    + " 'INBOUND' GROUP BY channel_id, remote_id HAVING count(*) > 1)"));
        }
    }

    /** Searches each acknowledged message by the words of its text (see {@link CrashChild}). */
    private void assertSearchFindsEveryAcknowledgedMessage(Path data) {
        Pattern ids = Pattern.compile("<g(\\d+)-in-(\\d+)@crash\\.test>");
        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(data).withSenderLoop(false),
                Clock.systemUTC())) {
            for (String remoteId : acknowledgedIn) {
                Matcher id = ids.matcher(remoteId);
                assertTrue(id.matches(), remoteId);
                String words = "Meddelande " + id.group(2) + " i generation " + id.group(1);
                assertTrue(searchFinds(engine, words, remoteId), "search finds " + remoteId);
            }
        }
    }

    /** Pages through every hit (small numbers share words with many messages). */
    private static boolean searchFinds(CoreEngine engine, String words, String remoteId) {
        Page<Message> page = engine.search(words, PageRequest.first(200));
        while (true) {
            if (page.items().stream().anyMatch(hit -> hit.remoteId().equals(Optional.of(remoteId)))) {
                return true;
            }
            if (page.nextCursor().isEmpty()) {
                return false;
            }
            page = engine.search(words, PageRequest.after(page.nextCursor().get(), 200));
        }
    }

    private Map<String, String> idempotencyKeys(Path data) throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (Connection store = open(data.resolve(Database.FILE_NAME));
                PreparedStatement query = store.prepareStatement("SELECT o.client_key, o.idempotency_key,"
                        + " m.delivery_state FROM outbox o JOIN message m ON m.id = o.message_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                assertEquals("SENT", rows.getString(3), "drained outbox: " + rows.getString(1));
                keys.put(rows.getString(1), rows.getString(2));
            }
        }
        return keys;
    }

    private void assertRepliesDeliveredExactlyOncePerKey(Path remote, Map<String, String> keyOfReply)
            throws SQLException {
        try (Connection server = open(remote)) {
            for (String clientKey : acknowledgedOut) {
                String key = keyOfReply.get(clientKey);
                assertNotNull(key, "acknowledged reply " + clientKey + " is in the outbox");
                assertEquals(1, count(server, "SELECT count(*) FROM delivered WHERE key = ?", key), clientKey);
            }
            assertEquals(0, count(server, "SELECT count(*) FROM (SELECT key FROM attempts GROUP BY key, generation"
                    + " HAVING count(*) > 1)"), "a key was sent twice within one process lifetime");
            Set<String> known = new HashSet<>(keyOfReply.values());
            List<String> delivered = strings(server, "SELECT key FROM delivered");
            assertTrue(known.containsAll(delivered), "every delivery belongs to a stored reply");
            assertEquals(known.size(), delivered.size(), "every stored reply was delivered");
            long resent = count(server, "SELECT count(*) FROM (SELECT key FROM attempts GROUP BY key"
                    + " HAVING count(DISTINCT generation) > 1)");
            System.out.printf("crash test: %d inbound and %d replies acknowledged over %d kills; %d replies were"
                    + " handed over again after a kill (same key, delivered once)%n", acknowledgedIn.size(),
                    acknowledgedOut.size(), KILLS, resent);
        }
    }

    private void assertJournalWithoutGaps(Path data) throws SQLException {
        try (Connection store = open(data.resolve(Database.FILE_NAME))) {
            long rows = count(store, "SELECT count(*) FROM journal");
            assertTrue(rows > 0);
            assertEquals(rows, count(store, "SELECT max(seq) FROM journal"));
            assertEquals(1, count(store, "SELECT min(seq) FROM journal"));
        }
    }

    private static void readLines(Process child, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The child was killed mid-line; what was read is all that was acknowledged.
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test's class path, plus the jars of the classes the child needs (launchers may hide them). */
    private static String childClasspath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        for (Class<?> needed : List.of(CrashChild.class, CoreEngine.class, SQLiteDataSource.class,
                PhoneNumberUtil.class, InboundMessage.class, Message.class)) {
            entries.add(Path.of(locationOf(needed)).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static URI locationOf(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection open(Path file) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }

    private static long count(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
