package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Message;
import org.samklang.core.internal.store.Database;
import org.samklang.core.spi.InboundMessage;
import org.sqlite.SQLiteDataSource;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The sent-key ledger against a remote that does not dedupe (an SMTP server): a child process is stopped dead right
 * after the remote accepted a reply and before the core recorded it, {@value #CRASHES} times; then it drains. Every
 * acknowledged reply must reach the remote exactly once: the core tells the channel that the cut-off attempt's
 * outcome is unknown, and the channel finds the reply in its Sent folder instead of sending it again. A core that
 * did not say so would make this remote deliver those replies twice.
 */
class NonDedupingCrashTest {

    private static final int CRASHES = 4;
    private static final long LINE_TIMEOUT_SECONDS = 60;

    @TempDir
    Path directory;

    private final Set<String> acknowledged = new LinkedHashSet<>();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void givenCrashesBetweenTheRemoteAcceptingAndTheCoreRecording_whenItDrains_thenEveryReplyArrivesOnce()
            throws Exception {
        Path data = directory.resolve("data");
        Path remote = directory.resolve("smtp.db");
        Random random = new Random(20261207);

        for (int generation = 1; generation <= CRASHES; generation++) {
            int exit = runChild(data, remote, generation, 1 + random.nextInt(10), "run");
            assertEquals(137, exit, "generation " + generation + " was stopped by its remote");
        }
        assertEquals(0, runChild(data, remote, CRASHES + 1, 0, "drain"));

        assertTrue(acknowledged.size() >= CRASHES, "replies were acknowledged: " + acknowledged.size());
        try (Connection store = open(data.resolve(Database.FILE_NAME)); Connection smtp = open(remote)) {
            assertEquals(0, count(store, "SELECT count(*) FROM message m JOIN outbox o ON o.message_id = m.id"
                    + " WHERE m.delivery_state <> 'SENT'"), "the outbox drained, everything reported sent");
            for (String clientKey : acknowledged) {
                String key = string(store, "SELECT idempotency_key FROM outbox WHERE client_key = ?", clientKey);
                assertNotNull(key, clientKey);
                assertEquals(1, count(smtp, "SELECT count(*) FROM delivered WHERE key = ?", key), clientKey
                        + " reached the customer once");
            }
            assertEquals(0, count(smtp, "SELECT count(*) FROM (SELECT key FROM delivered GROUP BY key"
                    + " HAVING count(*) > 1)"), "no reply was delivered twice");
            assertEquals(CRASHES, count(smtp, "SELECT count(*) FROM halts"));
            assertEquals(CRASHES, count(smtp, "SELECT count(*) FROM halts h WHERE EXISTS (SELECT 1 FROM checks c"
                    + " WHERE c.key = h.key AND c.found = 1)"), "each cut-off reply was found in the Sent folder");
            assertEquals(CRASHES, count(store, "SELECT count(*) FROM send_attempt WHERE outcome = 'UNKNOWN'"),
                    "the ledger knows which attempts were cut off");
        }
    }

    /** Runs one child to its end (a halt or DRAINED); {@return its exit code} */
    private int runChild(Path data, Path remote, int generation, int haltAfter, String mode) throws Exception {
        Process child = new ProcessBuilder(javaExecutable(), "-cp", childClasspath(),
                NonDedupingChild.class.getName(), data.toString(), remote.toString(), Integer.toString(generation),
                Integer.toString(haltAfter), mode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("OUT ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        } catch (IOException e) {
            // The child stopped mid-line; what was read is what it acknowledged.
        }
        assertTrue(child.waitFor(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS), "generation " + generation + " ended");
        return child.exitValue();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String childClasspath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        for (Class<?> needed : List.of(NonDedupingChild.class, CoreEngine.class, SQLiteDataSource.class,
                PhoneNumberUtil.class, InboundMessage.class, Message.class)) {
            entries.add(Path.of(needed.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Connection open(Path file) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }

    private static long count(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = query(connection, sql, parameters);
        return Long.parseLong(values.get(0));
    }

    private static String string(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = query(connection, sql, parameter);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> query(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
