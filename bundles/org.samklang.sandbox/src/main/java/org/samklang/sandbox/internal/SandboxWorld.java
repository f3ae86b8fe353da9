package org.samklang.sandbox.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoublePredicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;
import org.samklang.sandbox.internal.channels.SandboxLines;
import org.samklang.sandbox.internal.crm.SandboxCrm;
import org.samklang.sandbox.internal.directory.SandboxDirectory;
import org.samklang.sandbox.internal.erp.SandboxErp;
import org.samklang.sandbox.internal.pbx.SandboxPbx;
import org.samklang.sandbox.internal.traffic.Burst;
import org.samklang.sandbox.internal.traffic.ControlFiles;
import org.samklang.sandbox.internal.traffic.SandboxTraffic;
import org.samklang.sandbox.internal.traffic.TrafficSettings;

/**
 * The sandbox's one simulated world: its customers (the CRM's), their orders (the ERP's), the company's people
 * (the directory's), the PBX with the desk's phone, and the traffic the customers make. The backends' plugin
 * instances ({@code SandboxCrmInstance}, {@code SandboxErpInstance}, {@code SandboxPbxInstance},
 * {@code SandboxDirectoryInstance}) are configured like any plugin and use this world; the channel instances take
 * its traffic through the {@link SandboxLines}. A component of its own (a service inside the sandbox bundle, not a
 * plugin), so the traffic goes on while an instance is removed and comes back, as customers go on calling while a
 * desk's PBX link is down.
 * <p>
 * The PBX and the directory are stateful (calls in progress, what each presence sink was told), so each serves one
 * instance at a time ({@link #claim}); the CRM and ERP are plain data, which each instance copies from the same seed.
 * <p>
 * The backends' data is the same on every start (one seed); the traffic differs per start. On start the desk
 * receives the last {@link #BACKLOG} of traffic at once, so the window is never empty, then traffic arrives live.
 */
@Component(service = SandboxWorld.class, immediate = true)
public final class SandboxWorld {

    private static final System.Logger LOG = System.getLogger(SandboxWorld.class.getName());
    /** The seed of the backends' data: the same customers, orders and people on every start. */
    public static final long DATA_SEED = 20261122L;
    static final Duration BACKLOG = Duration.ofHours(3);
    static final double CONTACTS_PER_HOUR = 60;
    private static final long PUMP_MILLIS = 250;
    private static final long BUILD_WAIT_SECONDS = 20;
    /** How long the traffic waits for a PBX instance to listen: the window and its plugins are up by then. */
    private static final Duration PBX_WAIT = Duration.ofSeconds(60);
    /** Colleagues' calendars and chat states are refreshed every 15 s: they go stale after 10 minutes. */
    private static final int DIRECTORY_TICK_EVERY = 60;

    /** The world's stateful and shared parts, built once. */
    public record Backends(SandboxCrm crm, SandboxErp erp, SandboxDirectory directory, SandboxPbx pbx) {
    }

    private final ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samklang-sandbox-traffic");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Backends> built = new CompletableFuture<>();
    /** Who has the PBX and the directory now, and their instance ids. */
    private final Map<Object, Object> claims = new HashMap<>();
    private final Map<Object, String> ids = new HashMap<>();
    private SandboxLines lines;
    private SandboxTraffic traffic;
    private Optional<ControlFiles> control = Optional.empty();
    private Burst burst;
    private SandboxPbx pbx;
    private SandboxDirectory directory;
    private int pumps;
    private boolean flowing;
    private Instant builtAt = Instant.now();

    @Reference
    void setLines(SandboxLines sandboxLines) {
        this.lines = sandboxLines;
    }

    /** Builds the world off the framework's start-level thread, so the window does not wait for it. */
    @Activate
    void activate() {
        pump.execute(this::start);
    }

    /**
     * {@return the world's backends, once built (within a second of the sandbox's start)}
     *
     * @throws IllegalStateException when it could not be built in time or the sandbox stopped
     */
    public Backends backends() {
        try {
            return built.get(BUILD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sandbox world was built", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the sandbox world is not there: " + e, e);
        }
    }

    /**
     * Lets {@code user} have the one {@code part} (the PBX or the directory) until {@link #release}. {@return the
     * instance id of the user that has it already, if another has it}
     */
    public synchronized Optional<String> claim(Object part, Object user, String userId) {
        Object holder = claims.putIfAbsent(part, user);
        if (holder == null || holder == user) {
            ids.put(user, userId);
            return Optional.empty();
        }
        return Optional.of(ids.getOrDefault(holder, "?"));
    }

    /** {@code user} gives {@code part} back; harmless when it did not have it. */
    public synchronized void release(Object part, Object user) {
        claims.remove(part, user);
        ids.remove(user);
    }

    private void start() {
        try {
            built.complete(build());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the sandbox world could not be built", e);
            built.completeExceptionally(e);
            return;
        }
        pump.scheduleWithFixedDelay(this::deliverDue, 0, PUMP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private Backends build() {
        Clock clock = Clock.systemDefaultZone();
        Instant now = clock.instant();
        SandboxCrm crm = new SandboxCrm(DATA_SEED, clock);
        SandboxErp erp = new SandboxErp(crm.customers(), DATA_SEED, clock);
        // A demo at night can put the office where it is daytime, e.g. -Dsamklang.sandbox.officeZone=Asia/Tokyo.
        directory = new SandboxDirectory(DATA_SEED, clock, officeZone());
        pbx = new SandboxPbx(directory, DATA_SEED, clock);
        // Benchmarks raise the rate and the backlog (a desk with 100,000 conversations, a storm of arrivals).
        double rate = doubleProperty("samklang.sandbox.contactsPerHour", CONTACTS_PER_HOUR);
        Duration backlog = Duration.ofMinutes((long) (60 * doubleProperty("samklang.sandbox.backlogHours",
                BACKLOG.toMinutes() / 60.0)));
        double unknownShare = shareProperty("samklang.sandbox.unknownShare",
                TrafficSettings.defaults().unknownShare());
        TrafficSettings settings = TrafficSettings.defaults().withRate(rate).withUnknownShare(unknownShare);
        // Scripted UI tests ring their own calls: "email,chat,social" keeps the traffic from ringing others.
        settings = mediaProperty("samklang.sandbox.channels").map(settings::onlyOn).orElse(settings);
        settings = new TrafficSettings(settings.contactsPerHour(), settings.channelWeights(), settings.unknownShare(),
                settings.followUpShare(), settings.answerShare(), settings.hostileEvery(), backlog.plusMinutes(5));
        traffic = new SandboxTraffic(crm, erp, pbx, Optional.of(lines), settings, now.toEpochMilli(),
                now.minus(backlog));
        double liveRate = doubleProperty("samklang.sandbox.liveContactsPerHour", rate);
        if (liveRate != rate) {
            traffic.changeRate(now, liveRate);
        }
        burst = new Burst(crm.customers(), DATA_SEED);
        builtAt = now;
        return new Backends(crm, erp, directory, pbx);
    }

    private static ZoneId officeZone() {
        String text = System.getProperty("samklang.sandbox.officeZone");
        try {
            return text == null ? SandboxDirectory.DEFAULT_ZONE : ZoneId.of(text.strip());
        } catch (java.time.DateTimeException e) {
            LOG.log(Level.WARNING, "ignoring samklang.sandbox.officeZone={0}: {1}", text, e.getMessage());
            return SandboxDirectory.DEFAULT_ZONE;
        }
    }

    /** The media types named in a system property ("email,chat"), or empty when it is missing or names none. */
    private static Optional<Set<MediaType>> mediaProperty(String name) {
        String text = System.getProperty(name);
        if (text == null) {
            return Optional.empty();
        }
        Set<MediaType> media = EnumSet.noneOf(MediaType.class);
        for (String word : text.split(",")) {
            try {
                media.add(MediaType.valueOf(word.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "ignoring {0}={1}: {2} is not one of {3}", name, text, word,
                        List.of(MediaType.values()));
                return Optional.empty();
            }
        }
        return Optional.of(media);
    }

    /** A positive number up to 36,000 from a system property, or the default when missing or out of range. */
    private static double doubleProperty(String name, double fallback) {
        return numberProperty(name, fallback, value -> value > 0 && value <= 36_000);
    }

    /** A share in [0, 1] from a system property, or the default when it is missing or out of range. */
    private static double shareProperty(String name, double fallback) {
        return numberProperty(name, fallback, value -> value >= 0 && value <= 1);
    }

    private static double numberProperty(String name, double fallback, DoublePredicate inRange) {
        String text = System.getProperty(name);
        try {
            double value = text == null ? fallback : Double.parseDouble(text);
            return inRange.test(value) ? value : fallback;
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "ignoring {0}={1}: not a number", name, text);
            return fallback;
        }
    }

    @Deactivate
    void deactivate() {
        pump.shutdownNow();
        built.completeExceptionally(new IllegalStateException("the sandbox stopped"));
    }

    /**
     * Hands every due item to the sandbox channel instances through the {@link SandboxLines}, and lets them hand it
     * in: what the core cannot store yet is kept and handed in again, and new traffic waits meanwhile; a rejected
     * item is logged by the core, never retried.
     */
    private void deliverDue() {
        try {
            pbx.tick();
            pollControlFiles();
            if (pumps++ % DIRECTORY_TICK_EVERY == 0) {
                directory.tick();
            }
            Instant now = Instant.now();
            if (lines.accepting() && trafficFlows(now)) {
                List<InboundMessage> due = new ArrayList<>(traffic.due(now));
                due.addAll(burst.due(now));
                lines.deliver(due);
            }
            lines.pump(now);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "sandbox traffic step failed", e);
        }
    }

    /**
     * {@return whether the traffic may come now} Not before a PBX instance listens (or {@link #PBX_WAIT} has
     * passed, for a desk without one): the backlog's calls are reported to a listener only, and the PBX instance
     * starts after the desk's window; the channels' items wait in the lines meanwhile anyway.
     */
    private boolean trafficFlows(Instant now) {
        if (!flowing && (pbx.listened() || now.isAfter(builtAt.plus(PBX_WAIT)))) {
            flowing = true;
        }
        return flowing;
    }

    /** The property is read on every pump until set, so a test may name the directory after the sandbox started. */
    private void pollControlFiles() {
        if (control.isEmpty()) {
            control = ControlFiles.fromSystemProperty(pbx, burst, Clock.systemDefaultZone());
        }
        control.ifPresent(ControlFiles::poll);
    }
}
