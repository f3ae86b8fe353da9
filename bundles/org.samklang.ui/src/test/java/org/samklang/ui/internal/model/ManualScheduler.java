package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} and clock the test moves by hand, so timing tests never sleep. */
final class ManualScheduler implements Scheduler {

    private record Task(long dueMillis, Runnable work) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long nowMillis = 1_000_000;

    @Override
    public void schedule(Runnable task, long delayMillis) {
        if (delayMillis < 0) {
            throw new AssertionError("negative delay " + delayMillis);
        }
        tasks.add(new Task(nowMillis + delayMillis, task));
    }

    long now() {
        return nowMillis;
    }

    int pending() {
        return tasks.size();
    }

    /** Moves the clock forward and runs every task due by then, in due order. */
    void advance(long millis) {
        long until = nowMillis + millis;
        while (true) {
            Task next = tasks.stream().filter(t -> t.dueMillis() <= until)
                    .min(Comparator.comparingLong(Task::dueMillis)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            nowMillis = Math.max(nowMillis, next.dueMillis());
            next.work().run();
        }
        nowMillis = until;
    }
}
