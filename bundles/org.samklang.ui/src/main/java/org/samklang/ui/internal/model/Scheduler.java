package org.samklang.ui.internal.model;

/**
 * Runs a task later, on a thread of the implementation's choosing: a part's background executor in the desktop,
 * a list of due tasks in tests (so tests drive time instead of sleeping).
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} once, after at least {@code delayMillis} milliseconds (0 or more). */
    void schedule(Runnable task, long delayMillis);
}
