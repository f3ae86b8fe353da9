package org.samklang.core.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.internal.presence.PresenceFeed;
import org.samklang.core.internal.plugins.PluginTexts;
import org.samklang.core.internal.plugins.StatusEntries;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorHealth;

/**
 * Keeps the health of every installed plugin for the status line.
 * <p>
 * Plugins report health instead of throwing, but a plugin's {@code health()} is still foreign code: it is only
 * ever called from {@link #poll()} on the core's background scheduler, and a plugin that throws there is shown
 * as offline with the error as reason. A channel's status also carries how many of its items were duplicates. A
 * channel that is gone while replies still wait for it in the outbox stays listed, offline, saying so: the replies
 * are not lost, but they are not going out either. Readers get an immutable list and never wait for a plugin.
 * A presence source's status also carries the addresses it named that the directory cannot resolve.
 */
public final class ConnectorStatusBoard implements ConnectorStatusService, StatusEntries {

    private static final System.Logger LOG = System.getLogger(ConnectorStatusBoard.class.getName());

    private record Entry(String id, String displayName, ConnectorStatus.Role role, Supplier<ConnectorHealth> health,
            LongSupplier duplicates, Supplier<PresenceFeed.Unresolved> unresolved) {
    }

    private final Clock clock;
    private final ToLongFunction<String> duplicatesOfChannel;
    private final Supplier<Map<String, Long>> waitingReplies;
    private final Locale locale;
    private final Map<Object, Entry> plugins = new ConcurrentHashMap<>();
    private final Map<String, Supplier<PresenceFeed.Unresolved>> unresolvedById = new ConcurrentHashMap<>();
    /** The last name each channel id was shown with, for the entry of a channel that is gone. */
    private final Map<String, String> channelNames = new ConcurrentHashMap<>();
    /** Since when each gone channel has had replies waiting. */
    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();
    private final List<Consumer<List<ConnectorStatus>>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<ConnectorStatus> statuses = List.of();

    public ConnectorStatusBoard(Clock clock) {
        this(clock, channelId -> 0);
    }

    /** A board whose channels show {@code duplicatesOfChannel} (how many items were already stored). */
    public ConnectorStatusBoard(Clock clock, ToLongFunction<String> duplicatesOfChannel) {
        this(clock, duplicatesOfChannel, Map::of, Locale.getDefault());
    }

    /**
     * A board whose channels show {@code duplicatesOfChannel}, and which lists a channel that is gone while
     * {@code waitingReplies} (replies still to send, per channel id) has replies for it, worded in {@code locale}.
     */
    public ConnectorStatusBoard(Clock clock, ToLongFunction<String> duplicatesOfChannel,
            Supplier<Map<String, Long>> waitingReplies, Locale locale) {
        this.clock = clock;
        this.duplicatesOfChannel = duplicatesOfChannel;
        this.waitingReplies = waitingReplies;
        this.locale = locale;
    }

    /** Shows a channel under its own name (its id when it gives none), with its duplicates. */
    public void addChannel(ChannelConnector channel) {
        show(channel, channel.id(), displayName(channel), ConnectorStatus.Role.CHANNEL, channel::health);
    }

    /** Shows a connector under its own name and kind. */
    public void addConnector(Connector connector) {
        show(connector, connector.id(), connector.displayName(),
                ConnectorStatus.Role.valueOf(connector.kind().name()), connector::health);
    }

    @Override
    public void show(Object key, String id, String displayName, ConnectorStatus.Role role,
            Supplier<ConnectorHealth> health) {
        LongSupplier duplicates = role == ConnectorStatus.Role.CHANNEL
                ? () -> duplicatesOfChannel.applyAsLong(id)
                : () -> 0;
        if (role == ConnectorStatus.Role.CHANNEL) {
            channelNames.put(id, displayName);
        }
        plugins.put(key, new Entry(id, displayName, role, health, duplicates,
                () -> unresolvedById.getOrDefault(id, () -> PresenceFeed.Unresolved.NONE).get()));
        poll();
    }

    /** A presence source, whose status also shows the people it names that the directory cannot resolve. */
    public void addPresenceSource(Connector source, Supplier<PresenceFeed.Unresolved> unresolved) {
        trackUnresolved(source.id(), unresolved);
        addConnector(source);
    }

    /** The status of the entry with {@code id} also shows what {@code unresolved} says (a presence source's). */
    public void trackUnresolved(String id, Supplier<PresenceFeed.Unresolved> unresolved) {
        unresolvedById.put(id, unresolved);
    }

    public void untrackUnresolved(String id) {
        unresolvedById.remove(id);
    }

    /**
     * Shows a desk setting file that could not be applied (the desk runs on defaults) as degraded, with the reason,
     * so the person who edited it sees why their change did not take.
     */
    public void addConfigurationProblem(String id, String displayName, String reason) {
        ConnectorHealth degraded = new ConnectorHealth(ConnectorHealth.Status.DEGRADED, reason, clock.instant());
        show("configuration:" + id, id, displayName, ConnectorStatus.Role.CONFIGURATION, () -> degraded);
    }

    @Override
    public void remove(Object key) {
        if (plugins.remove(key) != null) {
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
        List<ConnectorStatus> now = new ArrayList<>(plugins.values().stream().map(this::statusOf).toList());
        now.addAll(goneChannelsWithReplies(now));
        now.sort(Comparator.comparing(ConnectorStatus::role).thenComparing(ConnectorStatus::displayName));
        List<ConnectorStatus> sorted = List.copyOf(now);
        if (!sorted.equals(statuses)) {
            statuses = sorted;
            listeners.forEach(l -> l.accept(sorted));
        }
    }

    private List<ConnectorStatus> goneChannelsWithReplies(List<ConnectorStatus> shown) {
        Map<String, Long> waiting;
        try {
            waiting = waitingReplies.get();
        } catch (RuntimeException e) {
            // The store's own health says why it cannot be read; the rest of the board still shows.
            LOG.log(System.Logger.Level.DEBUG, "cannot count the replies waiting in the outbox: {0}", e.toString());
            return statuses.stream().filter(s -> waitingSince.containsKey(s.id())
                    && s.role() == ConnectorStatus.Role.CHANNEL && s.health() == ConnectorStatus.Health.OFFLINE)
                    .toList();
        }
        Set<String> channels = shown.stream().filter(s -> s.role() == ConnectorStatus.Role.CHANNEL)
                .map(ConnectorStatus::id).collect(Collectors.toSet());
        waitingSince.keySet().removeIf(id -> channels.contains(id) || waiting.getOrDefault(id, 0L) == 0);
        List<ConnectorStatus> gone = new ArrayList<>();
        waiting.forEach((id, count) -> {
            if (count > 0 && !channels.contains(id)) {
                Instant since = waitingSince.computeIfAbsent(id, ignored -> clock.instant());
                gone.add(new ConnectorStatus(id, channelNames.getOrDefault(id, id), ConnectorStatus.Role.CHANNEL,
                        ConnectorStatus.Health.OFFLINE, PluginTexts.text(locale, "replies.waiting", count), since));
            }
        });
        return gone;
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
            LOG.log(System.Logger.Level.WARNING, "channel {0} failed to give its display name", channel.id(), e);
        }
        return channel.id();
    }
}
