package org.samklang.app.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.model.StoreHealth;

/** The store's health as the application sees it through the core's service, which may not be there yet. */
final class StoreWatch implements AutoCloseable {

    private final ServiceTracker<StoreHealthService, StoreHealthService> tracker;

    private StoreWatch(ServiceTracker<StoreHealthService, StoreHealthService> tracker) {
        this.tracker = tracker;
    }

    static StoreWatch open(BundleContext context) {
        ServiceTracker<StoreHealthService, StoreHealthService> tracker = new ServiceTracker<>(context,
                StoreHealthService.class, null);
        tracker.open();
        return new StoreWatch(tracker);
    }

    /** {@return the health now; empty if the core has not offered it (yet)} */
    Optional<StoreHealth> current() {
        return Optional.ofNullable(tracker.getService()).map(StoreHealthService::health);
    }

    /** {@return the health once the store has opened or failed to, or what is known when {@code wait} is over} */
    Optional<StoreHealth> awaitOutcome(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        StoreHealthService service = tracker.waitForService(Math.max(1, wait.toMillis()));
        if (service == null) {
            return Optional.empty();
        }
        CountDownLatch known = new CountDownLatch(1);
        AutoCloseable subscription = service.subscribe(health -> {
            if (health.state() != StoreHealth.State.OPENING) {
                known.countDown();
            }
        });
        try {
            known.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } finally {
            closeQuietly(subscription);
        }
        return Optional.of(service.health());
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            // Only a listener list entry; the service may be going away with the desk.
        }
    }

    @Override
    public void close() {
        tracker.close();
    }
}
