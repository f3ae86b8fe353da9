package org.samklang.core.internal.calls;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** An executor tests drain by hand, so the call runtime's threads run in a known order. */
final class ManualExecutor implements Executor {

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs queued tasks, and those they queue, until none is left; {@return how many ran} */
    int runAll() {
        int ran = 0;
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
            ran++;
        }
        return ran;
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}
