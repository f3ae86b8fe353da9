package org.samklang.app.internal;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how late the UI thread runs a timer: every {@value #PERIOD_MILLIS} ms a {@link Display#timerExec}
 * callback notes how much later than asked it ran. A busy event loop (a long layout, a slow listener) shows as
 * lateness; an idle one stays within a millisecond. Runs only while the test probe is on. UI thread only.
 */
final class LoopLatency {

    static final int PERIOD_MILLIS = 10;
    /** Buckets of a quarter millisecond up to 5 s; anything later lands in the last bucket. */
    private static final int BUCKET_MICROS = 250;
    private static final int BUCKETS = 20_000;

    private final Display display;
    private final int[] histogram = new int[BUCKETS];
    private long samples;
    private long maxMicros;
    private long sumMicros;
    private long scheduledAt;
    private boolean running;

    LoopLatency(Display display) {
        this.display = display;
    }

    void start() {
        running = true;
        schedule();
    }

    void stop() {
        running = false;
    }

    /** Forgets every sample so far, e.g. when a load phase begins. */
    void reset() {
        java.util.Arrays.fill(histogram, 0);
        samples = 0;
        maxMicros = 0;
        sumMicros = 0;
    }

    private void schedule() {
        scheduledAt = System.nanoTime();
        display.timerExec(PERIOD_MILLIS, this::tick);
    }

    private void tick() {
        if (!running || display.isDisposed()) {
            return;
        }
        long lateMicros = Math.max(0, (System.nanoTime() - scheduledAt) / 1_000 - PERIOD_MILLIS * 1_000L);
        histogram[(int) Math.min(BUCKETS - 1, lateMicros / BUCKET_MICROS)]++;
        samples++;
        sumMicros += lateMicros;
        maxMicros = Math.max(maxMicros, lateMicros);
        schedule();
    }

    /** Writes the figures so far as a JSON object: sample count, mean, p50, p95, p99, max (milliseconds). */
    void writeJson(JsonWriter json) {
        json.beginObject();
        json.field("periodMillis", PERIOD_MILLIS);
        json.field("samples", samples);
        json.field("meanMillis", samples == 0 ? 0 : sumMicros / 1000.0 / samples);
        json.field("p50Millis", percentile(0.50));
        json.field("p95Millis", percentile(0.95));
        json.field("p99Millis", percentile(0.99));
        json.field("maxMillis", maxMicros / 1000.0);
        json.endObject();
    }

    /** The upper edge of the bucket holding the given share of samples, in milliseconds. */
    private double percentile(double share) {
        if (samples == 0) {
            return 0;
        }
        long wanted = (long) Math.ceil(share * samples);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += histogram[i];
            if (seen >= wanted) {
                return Math.min((i + 1) * BUCKET_MICROS, maxMicros) / 1000.0;
            }
        }
        return maxMicros / 1000.0;
    }
}
