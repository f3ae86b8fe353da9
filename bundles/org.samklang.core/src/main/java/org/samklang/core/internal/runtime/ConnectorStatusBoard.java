package org.samklang.core.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.internal.presence.PresenceFeed;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorHealth;

/**
 * Keeps the health of every installed plugin for the status line.
 * <p>
 * Plugins report health instead of throwing, but a plugin's {@code health()} is still foreign code: it is only
 * ever called from {@link #poll()} on the core's background scheduler, and a plugin that throws there is shown
 * as offline with the error as reason. A channel's display name is asked once, when it comes (the id stands in if
 * the plugin gives none); a channel's status also carries how many of its items were duplicates, a presence
 * source's the addresses it named that the directory cannot resolve. Readers get an immutable list and never wait for
 * a plugin.
 */
public final class ConnectorStatusBoard implements ConnectorStatusService {

    private static final System.Logger LOG = System.getLogger(ConnectorStatusBoard.class.getName());

    private record Entry(String id, String displayName, ConnectorStatus.Role role, Supplier<ConnectorHealth> health,
            LongSupplier duplicates, Supplier<PresenceFeed.Unresolved> unresolved) {

        Entry(String id, String displayName, ConnectorStatus.Role role, Supplier<ConnectorHealth> health) {
            this(id, displayName, role, health, () -> 0, () -> PresenceFeed.Unresolved.NONE);
        }
    }

    private final Clock clock;
    private final ToLongFunction<String> duplicatesOfChannel;
    private final Map<Object, Entry> plugins = new ConcurrentHashMap<>();
    private final List<Consumer<List<ConnectorStatus>>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<ConnectorStatus> statuses = List.of();

    public ConnectorStatusBoard(Clock clock) {
        this(clock, channelId -> 0);
    }

    /** A board whose channels show {@code duplicatesOfChannel} (how many items were already stored). */
    public ConnectorStatusBoard(Clock clock, ToLongFunction<String> duplicatesOfChannel) {
        this.clock = clock;
        this.duplicatesOfChannel = duplicatesOfChannel;
    }

    public void addChannel(ChannelConnector channel) {
        String id = channel.channelId();
        plugins.put(channel, new Entry(id, displayName(channel), ConnectorStatus.Role.CHANNEL, channel::health,
                () -> duplicatesOfChannel.applyAsLong(id), () -> PresenceFeed.Unresolved.NONE));
        poll();
    }

    public void addConnector(Connector connector) {
        ConnectorStatus.Role role = ConnectorStatus.Role.valueOf(connector.kind().name());
        plugins.put(connector, new Entry(connector.id(), connector.displayName(), role, connector::health));
        poll();
    }

    /** A presence source, whose status also shows the people it names that the directory cannot resolve. */
    public void addPresenceSource(Connector source, Supplier<PresenceFeed.Unresolved> unresolved) {
        ConnectorStatus.Role role = ConnectorStatus.Role.valueOf(source.kind().name());
        plugins.put(source, new Entry(source.id(), source.displayName(), role, source::health, () -> 0, unresolved));
        poll();
    }

    /**
     * Shows a desk setting file that could not be applied (the desk runs on defaults) as degraded, with the reason,
     * so the person who edited it sees why their change did not take.
     */
    public void addConfigurationProblem(String id, String displayName, String reason) {
        ConnectorHealth degraded = new ConnectorHealth(ConnectorHealth.Status.DEGRADED, reason, clock.instant());
        plugins.put("configuration:" + id, new Entry(id, displayName, ConnectorStatus.Role.CONFIGURATION,
                () -> degraded));
        poll();
    }

    public void remove(Object plugin) {
        if (plugins.remove(plugin) != null) {
            poll();
        }
    }

    @Override
    public List<ConnectorStatus> connectors() {
        return statuses;
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<ConnectorStatus>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Asks every plugin for its health; tells listeners when anything changed. Background thread only. */
    public synchronized void poll() {
        List<ConnectorStatus> now = plugins.values().stream().map(this::statusOf)
                .sorted(Comparator.comparing(ConnectorStatus::role).thenComparing(ConnectorStatus::displayName))
                .toList();
        if (!now.equals(statuses)) {
            statuses = now;
            listeners.forEach(l -> l.accept(now));
        }
    }

    private ConnectorStatus statusOf(Entry entry) {
        try {
            ConnectorHealth health = entry.health().get();
            PresenceFeed.Unresolved unresolved = entry.unresolved().get();
            return new ConnectorStatus(entry.id(), entry.displayName(), entry.role(),
                    ConnectorStatus.Health.valueOf(health.status().name()), health.reason(), health.since(),
                    entry.duplicates().getAsLong(), unresolved.count(), unresolved.examples());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "plugin {0} failed to report its health", entry.id(), e);
            Instant since = statuses.stream().filter(s -> s.id().equals(entry.id())
                    && s.health() == ConnectorStatus.Health.OFFLINE).map(ConnectorStatus::since).findFirst()
                    .orElse(clock.instant());
            return new ConnectorStatus(entry.id(), entry.displayName(), entry.role(), ConnectorStatus.Health.OFFLINE,
                    "health check failed: " + e, since);
        }
    }

    /** The channel's own name for itself; its id when it gives none or fails (foreign code). */
    private static String displayName(ChannelConnector channel) {
        try {
            String name = channel.displayName();
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "channel {0} failed to give its display name", channel.channelId(),
                    e);
        }
        return channel.channelId();
    }
}
