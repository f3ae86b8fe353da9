package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands presence changes to listeners on the event executor. The engine publishes under its lock, so
 * with a single-thread executor listeners see changes in the order they happened.
 */
final class ChangeDispatcher {

    private static final System.Logger LOG = System.getLogger(ChangeDispatcher.class.getName());

    private final Executor executor;
    private final List<PresenceChangeListener> listeners = new CopyOnWriteArrayList<>();

    ChangeDispatcher(Executor executor) {
        this.executor = executor;
    }

    void add(PresenceChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
    }

    void remove(PresenceChangeListener listener) {
        listeners.remove(listener);
    }

    void publish(EffectivePresenceChange change) {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> deliver(change));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Presence change of {0} not delivered: event executor is shut down",
                    change.personId());
        }
    }

    private void deliver(EffectivePresenceChange change) {
        for (PresenceChangeListener listener : listeners) {
            try {
                listener.effectivePresenceChanged(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Presence listener " + listener + " failed; others still notified", e);
            }
        }
    }
}
