package org.samklang.core.internal.calls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Deadlines that fire when the test says the time is up. */
final class ManualDeadlines implements Deadlines {

    private final List<Runnable> waiting = new ArrayList<>();
    Duration lastDelay;

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        lastDelay = delay;
        waiting.add(task);
    }

    /** Lets every pending deadline pass. */
    void expireAll() {
        List<Runnable> due;
        synchronized (this) {
            due = List.copyOf(waiting);
            waiting.clear();
        }
        due.forEach(Runnable::run);
    }
}
