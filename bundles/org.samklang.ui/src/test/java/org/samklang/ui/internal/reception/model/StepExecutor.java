package org.samklang.ui.internal.reception.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that runs nothing until the test says, so tests control the order of background and UI work. */
final class StepExecutor implements Executor {

    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    synchronized int pending() {
        return tasks.size();
    }

    /** Runs the oldest task; false if there was none. */
    boolean runOne() {
        Runnable task;
        synchronized (this) {
            task = tasks.poll();
        }
        if (task == null) {
            return false;
        }
        task.run();
        return true;
    }

    /** Runs tasks (including ones they add) until none are left. */
    void runAll() {
        while (runOne()) {
            // keep going
        }
    }
}
