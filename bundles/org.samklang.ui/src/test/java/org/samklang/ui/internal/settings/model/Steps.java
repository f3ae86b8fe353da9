package org.samklang.ui.internal.settings.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.samklang.ui.internal.model.Scheduler;

/**
 * The UI thread and the part's scheduler of a test: nothing runs until the test settles them, so a test sees the
 * state between a call and its answer (busy buttons) and controls the order of answers. Short delays (the
 * throttles') pass on every settle; long ones (how long the view waits for an answer) only when the test lets that
 * much time {@link #pass}.
 */
final class Steps implements Executor, Scheduler {

    /** Delays up to this pass on every settle. */
    private static final long SHORT_MILLIS = 1000;

    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Later> later = new ArrayList<>();
    private long clock;

    private record Later(long due, Runnable task) {
    }

    @Override
    public void execute(Runnable task) {
        ui.add(task);
    }

    @Override
    public void schedule(Runnable task, long delayMillis) {
        if (delayMillis <= SHORT_MILLIS) {
            scheduled.add(task);
        } else {
            later.add(new Later(clock + delayMillis, task));
        }
    }

    /** Runs scheduled and UI work, including work it adds, until none is left. */
    void settle() {
        while (!ui.isEmpty() || !scheduled.isEmpty()) {
            List<Runnable> due = new ArrayList<>(scheduled);
            scheduled.clear();
            due.forEach(Runnable::run);
            while (!ui.isEmpty()) {
                ui.poll().run();
            }
        }
    }

    /** Lets {@code millis} pass: the long delays due by then run, then everything settles. */
    void pass(long millis) {
        clock += millis;
        List<Later> due = later.stream().filter(l -> l.due() <= clock).toList();
        later.removeAll(due);
        due.forEach(l -> scheduled.add(l.task()));
        settle();
    }
}
