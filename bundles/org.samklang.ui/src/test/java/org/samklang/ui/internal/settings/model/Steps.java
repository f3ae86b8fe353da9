package org.samklang.ui.internal.settings.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.samklang.ui.internal.model.Scheduler;

/**
 * The UI thread and the part's scheduler of a test: nothing runs until the test settles them, so a test sees the
 * state between a call and its answer (busy buttons) and controls the order of answers.
 */
final class Steps implements Executor, Scheduler {

    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public void execute(Runnable task) {
        ui.add(task);
    }

    @Override
    public void schedule(Runnable task, long delayMillis) {
        scheduled.add(task);
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
}
