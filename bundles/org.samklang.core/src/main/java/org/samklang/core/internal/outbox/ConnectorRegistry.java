package org.samklang.core.internal.outbox;

import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.samklang.core.spi.ChannelConnector;

/**
 * The channel connectors present right now; plugins come and go at runtime (OSGi DS dynamic references call
 * {@link #add} and {@link #remove}). Thread-safe. Listeners hear about additions, e.g. to send what waited for it.
 */
public final class ConnectorRegistry {

    private static final System.Logger LOG = System.getLogger(ConnectorRegistry.class.getName());

    private final ConcurrentMap<String, ChannelConnector> connectors = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds a connector; a second connector for a channel id already present is refused with a log line. */
    public boolean add(ChannelConnector connector) {
        String channelId = connector.id();
        ChannelConnector existing = connectors.putIfAbsent(channelId, connector);
        if (existing != null && existing != connector) {
            LOG.log(Level.WARNING, "channel id {0} is already served by another connector; ignoring the second",
                    channelId);
            return false;
        }
        listeners.forEach(Runnable::run);
        return true;
    }

    /**
     * Removes the connector wherever it is registered: by identity, not by asking its id again, since a stopped
     * plugin may no longer answer with the id it was added under.
     */
    public void remove(ChannelConnector connector) {
        connectors.values().removeIf(registered -> registered == connector);
    }

    public Optional<ChannelConnector> find(String channelId) {
        return Optional.ofNullable(connectors.get(channelId));
    }

    public Collection<ChannelConnector> all() {
        return List.copyOf(connectors.values());
    }

    void onAdded(Runnable listener) {
        listeners.add(listener);
    }
}
