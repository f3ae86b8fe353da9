package org.samklang.sandbox.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.samklang.core.api.model.MediaType;
import java.util.Set;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;
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
 * The embedded default: registers the sandbox's CRM, ERP, PBX and people directory (with its presence) as plugin
 * services and makes the simulated customers' traffic, which the sandbox channel instances
 * ({@code channels.SandboxChannelInstance}, configured like any plugin instance) hand in through their own sinks. The
 * knowledge base is a configured instance too; the desk agent is signed in by {@code SandboxIdentity}.
 * <p>
 * The backends' data is the same on every start (one seed); the traffic differs per start. On start the desk
 * receives the last {@link #BACKLOG} of traffic at once, so the window is never empty, then traffic arrives live.
 */
@Component(immediate = true)
public final class SandboxComponent {

    private static final System.Logger LOG = System.getLogger(SandboxComponent.class.getName());
    static final long DATA_SEED = 20261122L;
    static final Duration BACKLOG = Duration.ofHours(3);
    static final double CONTACTS_PER_HOUR = 60;
    private static final long PUMP_MILLIS = 250;
    /** Colleagues' calendars and chat states are refreshed every 15 s: they go stale after 10 minutes. */
    private static final int DIRECTORY_TICK_EVERY = 60;

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samklang-sandbox-traffic");
        t.setDaemon(true);
        return t;
    });
    private SandboxLines lines;
    private SandboxTraffic traffic;
    private Optional<ControlFiles> control = Optional.empty();
    private Burst burst;
    private SandboxPbx pbx;
    private SandboxDirectory directory;
    private int pumps;

    @Reference
    void setLines(SandboxLines sandboxLines) {
        this.lines = sandboxLines;
    }

    /** Builds the backends off the framework's start-level thread, so the window does not wait for them. */
    @Activate
    void activate(BundleContext context) {
        pump.execute(() -> start(context));
    }

    private void start(BundleContext context) {
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
        register(context, CustomerDirectory.class, crm);
        register(context, OrderHistory.class, erp);
        // The people first: presence reports about someone the directory does not list yet are dropped.
        register(context, DirectorySource.class, directory);
        register(context, Telephony.class, pbx);
        register(context, PresenceSource.class, pbx);
        register(context, PresenceSource.class, directory);
        pump.scheduleWithFixedDelay(this::deliverDue, 0, PUMP_MILLIS, TimeUnit.MILLISECONDS);
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
        synchronized (registrations) {
            registrations.forEach(ServiceRegistration::unregister);
            registrations.clear();
        }
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
            if (lines.accepting()) {
                List<InboundMessage> due = new ArrayList<>(traffic.due(now));
                due.addAll(burst.due(now));
                lines.deliver(due);
            }
            lines.pump(now);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "sandbox traffic step failed", e);
        }
    }

    /** The property is read on every pump until set, so a test may name the directory after the sandbox started. */
    private void pollControlFiles() {
        if (control.isEmpty()) {
            control = ControlFiles.fromSystemProperty(pbx, burst, Clock.systemDefaultZone());
        }
        control.ifPresent(ControlFiles::poll);
    }

    private <S> void register(BundleContext context, Class<S> type, S service) {
        synchronized (registrations) {
            if (!pump.isShutdown()) {
                registrations.add(context.registerService(type, service, null));
            }
        }
    }
}
