package org.samklang.core.internal.store;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.core.api.model.StoreHealth.State;

/**
 * The store's health as the engine observes it: opening, saving, unable to save, unusable. The writer reports every
 * failed and the first good write after a failure; the desk reports how opening ended.
 * <p>
 * It logs once per change of state or reason, never per failed batch: a full disk under a burst of traffic fails a
 * batch a second, and one line saying so (and one when it is over, with how many changes were refused meanwhile) is
 * what an administrator needs. Thread-safe; listeners are called under the board's lock, so they see the changes in
 * order (and, as the service says, must not block).
 */
public final class StoreHealthBoard implements StoreHealthService, WriteHealth {

    private static final System.Logger LOG = System.getLogger(StoreHealthBoard.class.getName());

    private final Clock clock;
    private final List<Consumer<StoreHealth>> listeners = new CopyOnWriteArrayList<>();
    private final Object publishing = new Object();
    private volatile StoreHealth health;

    public StoreHealthBoard(Clock clock) {
        this.clock = clock;
        this.health = StoreHealth.opening(clock.instant());
    }

    @Override
    public StoreHealth health() {
        return health;
    }

    @Override
    public AutoCloseable subscribe(Consumer<StoreHealth> listener) {
        synchronized (publishing) {
            listeners.add(listener);
            listener.accept(health);
        }
        return () -> listeners.remove(listener);
    }

    /** The store at {@code file} is open and writes. */
    public void opened(String file) {
        change(StoreHealth.saving(file, clock.instant()));
    }

    /** The store could not be opened; the desk cannot work. {@code location} is what the reason is about. */
    public void unusable(StoreUnavailableException error, String location) {
        // The stack trace only when a driver or system error lies behind it; "in use" and "damaged" say it all.
        if (error.getCause() != null && error.reason() != Reason.LOCKED && error.reason() != Reason.CORRUPT) {
            LOG.log(Level.ERROR, "the store cannot be used: " + error.getMessage(), error);
        } else {
            LOG.log(Level.ERROR, "the store cannot be used: {0}", error.getMessage());
        }
        change(new StoreHealth(State.UNUSABLE, Optional.of(error.reason()), location, technicalDetail(error),
                clock.instant(), 0));
    }

    @Override
    public void writeFailed(StoreUnavailableException error, int refused, String file) {
        synchronized (publishing) {
            StoreHealth before = health;
            boolean sameFault = before.state() == State.CANNOT_SAVE
                    && before.reason().equals(Optional.of(error.reason()));
            if (!sameFault) {
                // The first failure gets its stack trace; repeats of it are counted, not logged.
                LOG.log(Level.ERROR, "the store cannot save: " + error.getMessage() + " Changes are refused until"
                        + " it can: channels keep what they received and hand it in again, the engine keeps its own"
                        + " changes; the writer tries again every second.", error);
            }
            Instant since = sameFault ? before.since() : clock.instant();
            long total = (sameFault ? before.refused() : 0) + refused;
            publish(new StoreHealth(State.CANNOT_SAVE, Optional.of(error.reason()), file, technicalDetail(error),
                    since, total));
        }
    }

    @Override
    public void writeRecovered(String file) {
        synchronized (publishing) {
            StoreHealth before = health;
            if (before.state() != State.CANNOT_SAVE) {
                return;
            }
            Instant now = clock.instant();
            LOG.log(Level.INFO, "the store saves again after {0} s ({1}); {2} changes were refused meanwhile and"
                    + " their senders were told", Duration.between(before.since(), now).toSeconds(),
                    before.reason().map(Reason::name).orElse(""), before.refused());
            publish(StoreHealth.saving(file, now));
        }
    }

    private void change(StoreHealth next) {
        synchronized (publishing) {
            publish(next);
        }
    }

    /** Callers hold {@code publishing}, so listeners see the changes in order. */
    private void publish(StoreHealth next) {
        health = next;
        for (Consumer<StoreHealth> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a store health listener failed", e);
            }
        }
    }

    /**
     * {@return what the system or the database driver said, for the desktop's details line: the innermost cause's
     * text, or empty when nothing lies behind the error} The core's own sentence ({@code getMessage()}) is English and
     * goes to the log; the desktop says what happened and what to do in the user's language from the reason.
     */
    static String technicalDetail(StoreUnavailableException error) {
        Throwable cause = error.getCause();
        if (cause == null) {
            return "";
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
