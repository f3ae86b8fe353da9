package org.samklang.ui.internal.model;

import java.util.Objects;
import java.util.function.Consumer;
import org.samklang.core.api.model.Draft;

/**
 * Saves the composer's draft a short pause after the agent stops typing ({@link #DELAY_MILLIS}), off the UI thread:
 * every keystroke replaces the pending draft and restarts the pause, so a burst of typing costs one save.
 * {@link #saveNow} writes the pending draft at once (switching conversations); {@link #cancel} drops it (the reply
 * was sent). Thread-safe: {@link #changed} is called on the UI thread, the save on the scheduler's.
 */
public final class DraftAutosave {

    /** The pause after the last keystroke before the draft is saved. */
    public static final long DELAY_MILLIS = 300;

    private final Scheduler scheduler;
    private final Consumer<Draft> save;
    private Draft pending;
    private long generation;

    public DraftAutosave(Scheduler scheduler, Consumer<Draft> save) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.save = Objects.requireNonNull(save, "save");
    }

    /** The agent changed the draft: it is saved after the pause unless it changes again first. */
    public void changed(Draft draft) {
        long mine;
        synchronized (this) {
            pending = Objects.requireNonNull(draft, "draft");
            mine = ++generation;
        }
        scheduler.schedule(() -> saveIfStill(mine), DELAY_MILLIS);
    }

    /** Saves the pending draft now (on the scheduler's thread), if there is one. */
    public void saveNow() {
        long mine;
        synchronized (this) {
            if (pending == null) {
                return;
            }
            mine = generation;
        }
        scheduler.schedule(() -> saveIfStill(mine), 0);
    }

    /** Drops the pending draft: it will not be saved. */
    public synchronized void cancel() {
        pending = null;
        generation++;
    }

    private void saveIfStill(long expected) {
        Draft draft;
        synchronized (this) {
            if (generation != expected || pending == null) {
                return;
            }
            draft = pending;
            pending = null;
        }
        save.accept(draft);
    }
}
