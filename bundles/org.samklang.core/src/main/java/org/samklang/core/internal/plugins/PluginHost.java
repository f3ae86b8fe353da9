package org.samklang.core.internal.plugins;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.samklang.core.api.model.PluginInstanceView.State;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.PluginType;

/**
 * Runs the desk's plugin instances: binds each plugin service as it comes, checks its settings against its type's
 * form, starts it off the start-level and UI threads within a time limit, puts it to work ({@link Attachments}) and
 * in the status line, and stops it when its configuration goes away or changes, it is disabled, or the desk stops.
 * <p>
 * A configuration change starts the instance again with the new settings. Settings that are refused (a missing
 * required value, a bad URL, an unknown key, a secret in a file, an id another instance has) leave the instance on
 * the last settings it started with, kept in the store; with none, it is not started and its status says why. A
 * plugin whose {@code start} or {@code stop} throws or hangs is shown offline with the reason; nothing else stops,
 * and no caller waits longer than the limit. Configured instances start only once the gate is open (after the desk's
 * window is up), so their first syncs do not compete with the window for the processor; services registered by hand
 * are put to work at once, as the window may need them.
 * <p>
 * Thread-safe: one lock guards the records; plugin code and the desk's attachments are never called with it held.
 * The DS component calls the bind methods; the start jobs run on the host's own threads.
 */
public final class PluginHost implements AutoCloseable {

    /** How long a plugin's {@code start} and {@code stop} may take. */
    public record Limits(Duration start, Duration stop) {

        /** 30 s to start, 10 s to stop, as the SPI promises. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    static final System.Logger LOG = System.getLogger(PluginHost.class.getName());

    private final Attachments attachments;
    private final StatusEntries board;
    private final InstanceStarter starter;
    private final Clock clock;
    private final Locale locale;
    private final Limits limits;
    private final ExecutorService jobs = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("samklang-plugin-host-", 0).factory());
    private final Map<String, PluginType> types = new ConcurrentHashMap<>();
    private final Map<Connector, Hosted> instances = new IdentityHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long bound;
    private boolean gateOpen;
    private boolean closed;

    /**
     * @param attachments where started instances go to work
     * @param board       where each instance's status goes
     * @param starter     checks settings and builds each start's context
     */
    public PluginHost(Attachments attachments, StatusEntries board, InstanceStarter starter, Clock clock,
            Locale locale, Limits limits) {
        this.attachments = attachments;
        this.board = board;
        this.starter = starter;
        this.clock = clock;
        this.locale = locale;
        this.limits = limits;
    }

    /** A plugin type appeared: instances waiting for it start. */
    public void typeAdded(PluginType type) {
        String pid = PluginCalls.guarded(type::factoryPid, null);
        if (pid == null) {
            return;
        }
        types.put(pid, type);
        synchronized (this) {
            if (gateOpen) { // else openGate schedules them
                instances.values().stream().filter(h -> h.state == State.STARTING && !h.started
                        && h.properties.factoryPid().filter(pid::equals).isPresent()).forEach(this::schedule);
            }
        }
        changed();
    }

    /** A plugin type went away; its running instances run on (their bundle stops them if it stops). */
    public void typeRemoved(PluginType type) {
        types.values().remove(type);
        changed();
    }

    /** {@return the types installed now} */
    public Collection<PluginType> types() {
        return List.copyOf(types.values());
    }

    /** {@return the type with {@code factoryPid}, if installed} */
    public Optional<PluginType> type(String factoryPid) {
        return Optional.ofNullable(types.get(factoryPid));
    }

    /** A plugin service appeared under {@code facet} with its service {@code properties}. */
    public void serviceAdded(Facet facet, Connector connector, Map<String, ?> properties) {
        boolean attachNow;
        synchronized (this) {
            Hosted known = instances.get(connector);
            if (known != null) {
                known.facets.add(facet);
                attachNow = known.attached;
            } else {
                attachNow = false;
                InstanceProperties parsed = InstanceProperties.of(properties);
                Hosted hosted = new Hosted(connector, facet, parsed, PluginCalls.idOf(connector, parsed), bound++,
                        clock.instant());
                instances.put(connector, hosted);
                begin(hosted);
            }
        }
        if (attachNow) {
            attach(facet, connector);
        }
        changed();
    }

    /**
     * The service's properties changed (its configuration was updated and the component kept its object): the
     * instance is stopped and started again with the new settings.
     */
    public void serviceUpdated(Facet facet, Connector connector, Map<String, ?> properties) {
        InstanceProperties parsed = InstanceProperties.of(properties);
        synchronized (this) {
            Hosted hosted = instances.get(connector);
            if (hosted == null) {
                serviceAdded(facet, connector, properties);
                return;
            }
            if (parsed.equals(hosted.properties)) {
                return;
            }
        }
        restart(connector, parsed);
    }

    /** Starts the instance of configuration {@code pid} again with its current settings (its secrets changed). */
    public void restart(String pid) {
        Connector connector;
        InstanceProperties properties;
        synchronized (this) {
            Optional<Hosted> hosted = instances.values().stream().filter(h -> h.pid().filter(pid::equals).isPresent())
                    .findFirst();
            if (hosted.isEmpty()) {
                return;
            }
            connector = hosted.get().connector;
            properties = hosted.get().properties;
        }
        restart(connector, properties);
    }

    /** A plugin service went away under {@code facet}; when it was the last, the instance is stopped. */
    public void serviceRemoved(Facet facet, Connector connector) {
        Hosted hosted;
        boolean detach;
        boolean last;
        boolean wasStarted;
        synchronized (this) {
            hosted = instances.get(connector);
            if (hosted == null) {
                return;
            }
            hosted.facets.remove(facet);
            detach = hosted.attached;
            last = hosted.facets.isEmpty();
            wasStarted = hosted.started;
            if (last) {
                instances.remove(connector);
                hosted.generation++;
                hosted.started = false;
                hosted.attached = false;
            }
        }
        if (detach) {
            detach(facet, connector);
        }
        if (last) {
            if (wasStarted) {
                stop(hosted);
            }
            board.remove(hosted);
            retryTakenIds();
            changed();
        }
    }

    /** The desk's window is up: configured instances start from now on (services registered by hand at once). */
    public void openGate() {
        synchronized (this) {
            if (gateOpen || closed) {
                return;
            }
            gateOpen = true;
            instances.values().stream().filter(h -> h.state == State.STARTING && h.properties.isInstance())
                    .forEach(this::schedule);
        }
    }

    /** {@return how every instance stands now, for the Settings view} */
    public synchronized List<InstanceStatus> statuses() {
        return instances.values().stream().map(h -> new InstanceStatus(h.pid(), h.instanceId, h.displayName,
                h.state, h.reason, h.since, h.problems)).toList();
    }

    /** Calls {@code listener} (on a host thread; must not block) whenever a type or an instance changes. */
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Stops every instance (each within the stop limit, all at once) and the host's threads. */
    @Override
    public void close() {
        List<Hosted> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(instances.values());
            instances.clear();
            all.forEach(h -> h.generation++);
        }
        List<Thread> stopping = new ArrayList<>();
        for (Hosted hosted : all) {
            if (hosted.attached) {
                hosted.facets.forEach(facet -> detach(facet, hosted.connector));
            }
            if (hosted.started) {
                stopping.add(Thread.ofPlatform().daemon().name("samklang-plugin-close").start(() -> stop(hosted)));
            }
        }
        for (Thread thread : stopping) {
            try {
                thread.join(limits.stop().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        jobs.shutdownNow();
    }

    // ------------------------------------------------------------------ lifecycle steps

    /** Decides what a newly bound (or restarted) instance waits for. Lock held. */
    private void begin(Hosted hosted) {
        if (!hosted.properties.enabled()) {
            hosted.enter(State.DISABLED, "", List.of(), clock.instant());
            board.remove(hosted);
            return;
        }
        hosted.enter(State.STARTING, "", List.of(), clock.instant());
        // A service registered by hand (no configuration) has nothing to connect in start; the desk's parts may need
        // it to open (the directory that knows the signed-in agent), so only configured instances wait for the gate.
        if (gateOpen || !hosted.properties.isInstance()) {
            schedule(hosted);
        }
    }

    /**
     * Queues a start job for {@code hosted}'s current generation, behind its earlier lifecycle jobs: one instance is
     * never started twice at once, and a start that turned out stale is stopped before the next begins. Lock held.
     */
    private void schedule(Hosted hosted) {
        if (closed) {
            return;
        }
        int generation = ++hosted.generation;
        hosted.lifecycle = hosted.lifecycle.handleAsync((previous, error) -> {
            start(hosted, generation);
            return null;
        }, jobs);
    }

    private void start(Hosted hosted, int generation) {
        String instanceId;
        InstanceProperties properties;
        Optional<PluginType> type;
        boolean idTaken;
        synchronized (this) {
            if (hosted.generation != generation || instances.get(hosted.connector) != hosted) {
                return;
            }
            type = hosted.properties.factoryPid().map(types::get);
            if (hosted.properties.isInstance() && type.isEmpty()) {
                return; // typeAdded schedules it
            }
            type.ifPresent(t -> hosted.role = Facet.roleOf(t.kind()));
            instanceId = hosted.instanceId;
            properties = hosted.properties;
            idTaken = holderOf(hosted).isPresent();
        }
        if (!properties.isInstance()) {
            hosted.role = Facet.roleOf(PluginCalls.kindOf(hosted));
        }
        InstanceStarter.Start plan;
        try {
            plan = starter.plan(instanceId, properties, type, idTaken);
        } catch (RuntimeException e) {
            // The plugin's form threw, or the store cannot be read: this instance cannot start now, nothing else.
            failed(hosted, generation, PluginTexts.text(locale, "start.threw", PluginCalls.messageOf(e)), e);
            return;
        }
        if (plan.refusal().isPresent()) {
            refuse(hosted, generation, plan);
            return;
        }
        TimeBox.Outcome outcome = TimeBox.run("samklang-plugin-start-" + hosted.instanceId,
                () -> hosted.connector.start(plan.context().orElseThrow()), limits.start());
        switch (outcome.ending()) {
            case RETURNED -> started(hosted, generation, plan);
            case THREW -> failed(hosted, generation,
                    PluginTexts.text(locale, "start.threw", PluginCalls.messageOf(outcome.error())),
                    outcome.error());
            case TIMED_OUT -> {
                failed(hosted, generation,
                        PluginTexts.text(locale, "start.timedOut", limits.start().toMillis() / 1000.0),
                        null);
                // A start that returns after all puts the instance to work then, unless it was removed meanwhile.
                outcome.late().whenComplete((done, error) -> {
                    if (error == null) {
                        started(hosted, generation, plan);
                    }
                });
            }
        }
    }

    private void started(Hosted hosted, int generation, InstanceStarter.Start plan) {
        Set<Facet> facets;
        boolean stale;
        synchronized (this) {
            stale = hosted.generation != generation || instances.get(hosted.connector) != hosted;
            if (!stale) {
                hosted.started = true;
                hosted.attached = true;
                hosted.displayName = hosted.properties.name()
                        .orElseGet(() -> PluginCalls.guarded(hosted.connector::displayName, hosted.instanceId));
                hosted.enter(State.RUNNING, plan.earlierSettingsReason(), plan.problems(), clock.instant());
            }
            facets = Set.copyOf(hosted.facets);
        }
        if (stale) {
            // Removed or restarted while starting: stop it here, before a newer start of it may run.
            stop(hosted);
            return;
        }
        plan.keepAsLastGood().run();
        // The people first: a presence report about someone the directory does not list yet only waits.
        facets.stream().sorted(Comparator.comparing(facet -> facet != Facet.DIRECTORY))
                .forEach(facet -> attach(facet, hosted.connector));
        String refused = plan.earlierSettingsReason();
        board.show(hosted, hosted.instanceId, hosted.displayName, hosted.role,
                () -> HealthOverlay.of(hosted.connector.health(), refused, hosted.since));
        changed();
    }

    private void refuse(Hosted hosted, int generation, InstanceStarter.Start plan) {
        String reason = plan.refusal().orElseThrow();
        synchronized (this) {
            if (hosted.generation != generation) {
                return;
            }
            hosted.enter(State.SETTINGS_REFUSED, reason, plan.problems(), clock.instant());
        }
        LOG.log(Level.WARNING, "plugin instance {0} not started: {1}", hosted.instanceId, reason);
        // An instance refused for a taken id is listed under its configuration, not beside the one that has the id.
        String statusId = hosted.refusedForTakenId() ? hosted.pid().orElse(hosted.instanceId) : hosted.instanceId;
        showOffline(hosted, statusId, reason);
    }

    private void failed(Hosted hosted, int generation, String reason, Throwable error) {
        synchronized (this) {
            if (hosted.generation != generation) {
                return;
            }
            hosted.enter(State.OFFLINE, reason, List.of(), clock.instant());
        }
        LOG.log(Level.WARNING, "plugin instance " + hosted.instanceId + ": " + reason, error);
        showOffline(hosted, hosted.instanceId, reason);
    }

    private void showOffline(Hosted hosted, String statusId, String reason) {
        ConnectorHealth health = new ConnectorHealth(ConnectorHealth.Status.OFFLINE, reason, hosted.since);
        board.show(hosted, statusId, hosted.displayName, hosted.role, () -> health);
        changed();
    }

    /**
     * Stops a started instance within the stop limit. {@return why it did not stop cleanly (it threw or hung), in the
     * desk's language; empty when it did} Either way it is logged; the caller decides what the instance shows.
     */
    private Optional<String> stop(Hosted hosted) {
        TimeBox.Outcome outcome = TimeBox.run("samklang-plugin-stop-" + hosted.instanceId, hosted.connector::stop,
                limits.stop());
        return switch (outcome.ending()) {
            case RETURNED -> {
                LOG.log(Level.DEBUG, "plugin instance {0} stopped", hosted.instanceId);
                yield Optional.empty();
            }
            case THREW -> {
                LOG.log(Level.WARNING, "plugin instance " + hosted.instanceId + ": " + PluginTexts.text(Locale.ENGLISH,
                        "stop.threw", PluginCalls.messageOf(outcome.error())), outcome.error());
                yield Optional.of(PluginTexts.text(locale, "stop.threw", PluginCalls.messageOf(outcome.error())));
            }
            case TIMED_OUT -> {
                LOG.log(Level.WARNING, "plugin instance {0}: {1}", hosted.instanceId,
                        PluginTexts.text(Locale.ENGLISH, "stop.timedOut", limits.stop().toMillis() / 1000.0));
                yield Optional.of(PluginTexts.text(locale, "stop.timedOut", limits.stop().toMillis() / 1000.0));
            }
        };
    }

    private void restart(Connector connector, InstanceProperties properties) {
        Hosted hosted;
        boolean wasStarted;
        boolean wasAttached;
        Set<Facet> facets;
        synchronized (this) {
            hosted = instances.get(connector);
            if (hosted == null) {
                return;
            }
            hosted.generation++;
            wasStarted = hosted.started;
            wasAttached = hosted.attached;
            facets = Set.copyOf(hosted.facets);
            hosted.started = false;
            hosted.attached = false;
        }
        if (wasAttached) {
            facets.forEach(facet -> detach(facet, connector));
        }
        Optional<String> stopFailed = wasStarted ? stop(hosted) : Optional.empty();
        synchronized (this) {
            if (instances.get(connector) != hosted) {
                return;
            }
            hosted.properties = properties;
            hosted.instanceId = PluginCalls.idOf(connector, properties);
            hosted.displayName = properties.name().orElse(hosted.instanceId);
            if (stopFailed.isEmpty()) {
                begin(hosted);
            } else {
                // Not started again over a plugin that may still run: disabling and enabling it tries again.
                hosted.enter(State.OFFLINE, stopFailed.get(), List.of(), clock.instant());
            }
        }
        if (stopFailed.isPresent()) {
            showOffline(hosted, hosted.instanceId, stopFailed.get());
        }
        changed();
    }

    /** Instances refused only because another had their id try again: that one may be gone now. */
    private void retryTakenIds() {
        synchronized (this) {
            instances.values().stream().filter(Hosted::refusedForTakenId).forEach(this::schedule);
        }
    }

    /** {@return the instance that holds {@code hosted}'s id before it (bound earlier and enabled), if any} Lock held. */
    private Optional<Hosted> holderOf(Hosted hosted) {
        return instances.values().stream().filter(other -> other != hosted && other.order < hosted.order
                && other.instanceId.equals(hosted.instanceId) && other.state != State.DISABLED).findFirst();
    }

    private void attach(Facet facet, Connector connector) {
        try {
            attachments.attach(facet, connector);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "could not put plugin " + facet + " to work", e);
        }
    }

    private void detach(Facet facet, Connector connector) {
        try {
            attachments.detach(facet, connector);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "could not take plugin " + facet + " out of work", e);
        }
    }

    private void changed() {
        listeners.forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a plugin listener failed", e);
            }
        });
    }
}
