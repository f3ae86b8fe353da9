package org.samklang.logging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The desk's one logging set-up, on java.util.logging, which the engine reaches through System.Logger and SLF4J
 * through slf4j-jdk14: a rotating file in {@code <data>/logs} ({@value #FILE_NAME}, {@value #FILE_COUNT} files of
 * {@value #FILE_LIMIT} bytes; {@code samklang-0.log} is the newest), warnings and errors on the console, repeated
 * failures written once per window with a count, customers' addresses and numbers masked.
 * <p>
 * Logger levels come from the bundled {@code logging.properties}, then from {@code <data>/logging.properties} if an
 * administrator put one there. {@link #close} takes it all down again (bundle stop, tests).
 */
final class DeskLog implements AutoCloseable {

    static final String FILE_NAME = "samklang-%g.log";
    static final int FILE_LIMIT = 5 * 1024 * 1024;
    static final int FILE_COUNT = 5;
    static final Duration REPEAT_WINDOW = Duration.ofSeconds(60);
    /** Console level, e.g. INFO for a benchmark that reads the console; WARNING by default. */
    static final String CONSOLE_PROPERTY = "samklang.log.console";
    static final String OVERRIDES = "logging.properties";

    private static final System.Logger LOG = System.getLogger(DeskLog.class.getName());

    private final Logger root;
    private final RepeatLimitingHandler handler;
    private final ScheduledExecutorService summaries;

    private DeskLog(Logger root, RepeatLimitingHandler handler, ScheduledExecutorService summaries) {
        this.root = root;
        this.handler = handler;
        this.summaries = summaries;
    }

    /**
     * Replaces the root logger's handlers with the desk's. Without a writable {@code logDirectory} the console still
     * gets warnings and errors, and says why there is no file.
     */
    static DeskLog install(Path dataDirectory, Clock clock) {
        Path logDirectory = dataDirectory.resolve("logs");
        applyLevels(dataDirectory.resolve(OVERRIDES));
        PersonalDataMask mask = new PersonalDataMask();
        Thread warmUp = new Thread(mask::warmUp, "samklang-log-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        LogLineFormatter formatter = new LogLineFormatter(mask);
        List<Handler> targets = new ArrayList<>();
        String fileProblem = null;
        try {
            targets.add(file(logDirectory, formatter));
        } catch (IOException | RuntimeException e) {
            fileProblem = e.toString();
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(formatter);
        console.setLevel(consoleLevel());
        targets.add(console);
        RepeatLimitingHandler handler = new RepeatLimitingHandler(targets,
                new RepeatedFailures(REPEAT_WINDOW, clock));
        Logger root = LogManager.getLogManager().getLogger("");
        root.addHandler(handler);
        ScheduledExecutorService summaries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "samklang-log-repeats");
            thread.setDaemon(true);
            return thread;
        });
        long period = REPEAT_WINDOW.toMillis() / 2;
        summaries.scheduleWithFixedDelay(handler::flush, period, period, TimeUnit.MILLISECONDS);
        if (fileProblem != null) {
            LOG.log(System.Logger.Level.WARNING, "no log file in {0}: {1}", logDirectory, fileProblem);
        }
        // Several starts share a file: this line is where each begins.
        LOG.log(System.Logger.Level.INFO, "log opened: data directory {0}, Java {1}", dataDirectory,
                Runtime.version());
        return new DeskLog(root, handler, summaries);
    }

    private static FileHandler file(Path directory, LogLineFormatter formatter) throws IOException {
        Files.createDirectories(directory);
        // FileHandler patterns treat % specially; a data directory may contain one.
        String pattern = directory.toAbsolutePath().toString().replace("%", "%%") + "/" + FILE_NAME;
        FileHandler file = new FileHandler(pattern, FILE_LIMIT, FILE_COUNT, true);
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(formatter);
        file.setLevel(Level.ALL);
        return file;
    }

    /**
     * Starts java.util.logging afresh from the bundled levels (whatever configured it before, handlers included),
     * then applies the administrator's; a broken override file is reported, not fatal.
     */
    private static void applyLevels(Path overrides) {
        LogManager manager = LogManager.getLogManager();
        try (InputStream defaults = DeskLog.class.getResourceAsStream(OVERRIDES)) {
            manager.readConfiguration(defaults);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled logging.properties is unreadable", e);
        }
        if (!Files.isRegularFile(overrides)) {
            return;
        }
        try (InputStream admin = Files.newInputStream(overrides)) {
            manager.updateConfiguration(admin, key -> (bundled, mine) -> mine == null ? bundled : mine);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} not applied: {1}", overrides, e.toString());
        }
    }

    private static Level consoleLevel() {
        String configured = System.getProperty(CONSOLE_PROPERTY, "WARNING");
        try {
            return Level.parse(configured.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARNING;
        }
    }

    /** Writes pending counts, closes the file and hands the root logger back without handlers. */
    @Override
    public void close() {
        summaries.shutdownNow();
        root.removeHandler(handler);
        handler.close();
    }
}
