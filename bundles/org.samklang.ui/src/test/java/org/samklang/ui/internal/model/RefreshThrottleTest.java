package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshThrottleTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final RefreshThrottle throttle = new RefreshThrottle(250, scheduler::now, scheduler,
            refreshes::incrementAndGet);

    @Test
    void givenQuiet_whenOneEventArrives_thenTheRefreshRunsAtOnce() {
        throttle.request();
        scheduler.advance(0);
        assertEquals(1, refreshes.get());
    }

    @Test
    void givenABurstOfEvents_thenOneRefreshNowAndOneAtTheEndOfTheInterval() {
        throttle.request();
        scheduler.advance(0);
        for (int i = 0; i < 1_000; i++) {
            throttle.request();
            scheduler.advance(0);
        }
        assertEquals(1, refreshes.get(), "the burst waits for the interval");
        scheduler.advance(249);
        assertEquals(1, refreshes.get());
        scheduler.advance(1);
        assertEquals(2, refreshes.get());
        scheduler.advance(10_000);
        assertEquals(2, refreshes.get(), "no stale refreshes queue up");
    }

    @Test
    void underASteadyStreamRefreshesAreAtLeastAnIntervalApart() {
        List<Long> runs = new ArrayList<>();
        RefreshThrottle timed = new RefreshThrottle(250, scheduler::now, scheduler, () -> runs.add(scheduler.now()));
        for (int ms = 0; ms < 1_990; ms += 10) {
            timed.request();
            scheduler.advance(10);
        }
        assertEquals(8, runs.size(), "four per second over two seconds");
        for (int i = 1; i < runs.size(); i++) {
            assertEquals(250, runs.get(i) - runs.get(i - 1));
        }
    }

    @Test
    void afterCloseNothingRuns() {
        throttle.request();
        throttle.close();
        scheduler.advance(1_000);
        throttle.request();
        scheduler.advance(1_000);
        assertEquals(0, refreshes.get());
    }

    @Test
    void aNegativeIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RefreshThrottle(-1, () -> 0, scheduler, () -> {
        }));
    }
}
