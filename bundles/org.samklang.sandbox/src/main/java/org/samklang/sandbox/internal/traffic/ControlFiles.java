package org.samklang.sandbox.internal.traffic;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.samklang.core.api.model.Address;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.IncomingCalls;

/**
 * A test and demo control: when the system property {@value #PROPERTY} names a directory, the sandbox pump runs
 * every file ending in {@code .cmd} there, in name order, and deletes it. A file holds one line,
 * {@code ring <E.164 number>} (e.g. {@code ring +46701234567}), which rings the desk's phone with that caller now,
 * or {@code burst <lines per second> <seconds>} (1-5000 and 1-3600), which starts a paced flood of chat lines for
 * load measurements (see {@link Burst}).
 * A file that is not exactly that is logged and renamed to {@code <name>.rejected}, so it is not run again.
 * Write a file under another name and rename it to {@code .cmd} when complete, so a half-written file is never
 * read. Not thread-safe; the pump's one thread calls {@link #poll()}.
 */
public final class ControlFiles {

    /** The system property naming the control directory. */
    public static final String PROPERTY = "samklang.sandbox.control";

    private static final System.Logger LOG = System.getLogger(ControlFiles.class.getName());
    private static final Pattern RING = Pattern.compile("ring (\\+[1-9][0-9]{6,14})");
    private static final Pattern BURST = Pattern.compile("burst ([1-9][0-9]{0,3}) ([1-9][0-9]{0,3})");
    private static final long MAX_BYTES = 1_024;

    private final Path directory;
    private final IncomingCalls calls;
    private final Optional<Burst> burst;
    private final Clock clock;
    private final Set<Path> stuck = new HashSet<>();
    private boolean directoryProblemLogged;
    private long rung;

    public ControlFiles(Path directory, IncomingCalls calls, Clock clock) {
        this(directory, calls, Optional.empty(), clock);
    }

    /** A control that also starts chat bursts ({@code burst <per second> <seconds>}) on {@code burst}. */
    public ControlFiles(Path directory, IncomingCalls calls, Optional<Burst> burst, Clock clock) {
        this.directory = directory;
        this.calls = calls;
        this.burst = burst;
        this.clock = clock;
    }

    /** {@return the control of the directory named by {@value #PROPERTY}, empty when it is not set} */
    public static Optional<ControlFiles> fromSystemProperty(IncomingCalls calls, Burst burst, Clock clock) {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        LOG.log(Level.INFO, "Sandbox control files are read from {0}", configured);
        return Optional.of(new ControlFiles(Path.of(configured.strip()), calls, Optional.of(burst), clock));
    }

    /** Runs the waiting control files; {@return how many rang the desk} */
    public int poll() {
        int done = 0;
        for (Path file : waitingFiles()) {
            if (run(file)) {
                done++;
            }
        }
        return done;
    }

    private List<Path> waitingFiles() {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "*.cmd")) {
                found.forEach(file -> {
                    if (Files.isRegularFile(file) && !stuck.contains(file)) {
                        files.add(file);
                    }
                });
            }
            directoryProblemLogged = false;
        } catch (IOException e) {
            if (!directoryProblemLogged) {
                LOG.log(Level.WARNING, "Sandbox control directory {0} cannot be read: {1}", directory, e.toString());
                directoryProblemLogged = true;
            }
        }
        files.sort(null);
        return files;
    }

    private boolean run(Path file) {
        String problem;
        try {
            problem = Files.size(file) > MAX_BYTES ? "longer than " + MAX_BYTES + " bytes" : execute(file);
        } catch (IOException e) {
            problem = "cannot be read: " + e;
        }
        if (problem == null) {
            remove(file);
            return true;
        }
        LOG.log(Level.WARNING, "Sandbox control file {0} rejected: {1}", file.getFileName(), problem);
        reject(file);
        return false;
    }

    /** {@return null when the command ran, else what is wrong with it} */
    private String execute(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (lines.size() != 1) {
            return "expected one line 'ring <E.164 number>', found " + lines.size() + " lines";
        }
        Matcher bursting = BURST.matcher(lines.get(0));
        if (bursting.matches() && burst.isPresent()) {
            return startBurst(file, Integer.parseInt(bursting.group(1)), Integer.parseInt(bursting.group(2)));
        }
        Matcher ring = RING.matcher(lines.get(0));
        if (!ring.matches()) {
            return "expected 'ring <E.164 number>' such as 'ring +46701234567', found '" + shown(lines.get(0)) + "'";
        }
        String callId = "call-ctl-" + (++rung) + "-" + clock.millis();
        calls.ring(new CallEvent.Ringing(callId, RawAddress.of(Address.Scheme.TEL, ring.group(1)),
                SandboxTraffic.QUEUE_LINE, clock.instant()));
        LOG.log(Level.INFO, "Sandbox control file {0}: call {1} from {2} rings", file.getFileName(), callId,
                ring.group(1));
        return null;
    }

    private String startBurst(Path file, int perSecond, int seconds) {
        try {
            burst.orElseThrow().start(perSecond, Duration.ofSeconds(seconds), clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
        LOG.log(Level.INFO, "Sandbox control file {0}: a burst of {1} chat lines/s for {2} s starts",
                file.getFileName(), perSecond, seconds);
        return null;
    }

    private void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Sandbox control file {0} ran but cannot be deleted: {1}", file, e.toString());
            stuck.add(file);
        }
    }

    private void reject(Path file) {
        String name = file.getFileName().toString();
        Path rejected = file.resolveSibling(name.substring(0, name.length() - ".cmd".length()) + ".rejected");
        try {
            Files.move(file, rejected, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Sandbox control file {0} cannot be renamed: {1}", file, e.toString());
            stuck.add(file);
        }
    }

    private static String shown(String line) {
        String printable = line.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
