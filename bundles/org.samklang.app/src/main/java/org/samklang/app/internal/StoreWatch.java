package org.samklang.app.internal;

import java.util.Optional;
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

    @Override
    public void close() {
        tracker.close();
    }
}
