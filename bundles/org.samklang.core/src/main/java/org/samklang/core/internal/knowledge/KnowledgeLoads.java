package org.samklang.core.internal.knowledge;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.samklang.core.api.KnowledgeService.Availability;
import org.samklang.core.api.KnowledgeService.SourceFailure;
import org.samklang.core.api.KnowledgeService.Status;
import org.samklang.core.api.KnowledgeService.Subscription;

/**
 * Where each knowledge source stands (loading, loaded, failed), the status they add up to, and who wants to hear
 * when it changes. Thread-safe; listeners are called one at a time on the thread that reported the change.
 */
final class KnowledgeLoads {

    private static final System.Logger LOG = System.getLogger(KnowledgeLoads.class.getName());

    /** A source's standing; {@code failure} is null unless it failed. */
    private record Load(boolean loading, SourceFailure failure) {
    }

    private final Map<String, Load> sources = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object calling = new Object();

    synchronized void loading(String sourceId) {
        sources.put(sourceId, new Load(true, null));
    }

    synchronized void loaded(String sourceId) {
        sources.put(sourceId, new Load(false, null));
    }

    synchronized void failed(String sourceId, SourceFailure why) {
        sources.put(sourceId, new Load(false, why));
    }

    synchronized void removed(String sourceId) {
        sources.remove(sourceId);
    }

    /** Loading while any source loads; failed while any failed; else ready; no source at all is its own answer. */
    synchronized Status status() {
        if (sources.isEmpty()) {
            return new Status(Availability.NO_SOURCE);
        }
        if (sources.values().stream().anyMatch(Load::loading)) {
            return new Status(Availability.LOADING);
        }
        List<SourceFailure> failures = sources.values().stream().map(Load::failure).filter(f -> f != null).toList();
        return failures.isEmpty()
                ? new Status(Availability.READY)
                : new Status(Availability.FAILED, failures);
    }

    Subscription subscribe(Runnable changed) {
        listeners.add(changed);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                listeners.remove(changed);
            }
        };
    }

    /** Tells every listener, one call at a time; a failing listener is logged and the others still hear. */
    void changed() {
        synchronized (calling) {
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a knowledge listener failed", e);
                }
            }
        }
    }
}
