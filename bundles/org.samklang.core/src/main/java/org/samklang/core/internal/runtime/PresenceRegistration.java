package org.samklang.core.internal.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.samklang.core.api.PresenceService;

/**
 * Offers the signed-in person's {@link PresenceService} only while the people directory lists that person: its
 * {@code myPresence()} has nothing to answer before (a directory plugin starts after the window, or syncs slowly) and
 * after (its directory source was removed). Checked again after every directory change, on a thread of its own, as
 * registering a service calls its users back and the directory's change comes under its lock.
 * <p>
 * Thread-safe.
 */
final class PresenceRegistration {

    private final ExecutorService checks = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("samklang-presence-registration").factory());
    private BundleContext context;
    private Desk desk;
    private String personId;
    private ServiceRegistration<PresenceService> registration;

    /** The desk started; its directory changes are followed from now on. */
    synchronized void desk(BundleContext bundleContext, Desk started) {
        context = bundleContext;
        desk = started;
        started.onDirectoryChange(this::recheck);
        check();
    }

    /** The person signed in now, or null when nobody is. */
    synchronized void signedIn(String newPersonId) {
        if (newPersonId == null || !newPersonId.equals(personId)) {
            withdraw();
        }
        personId = newPersonId;
        check();
    }

    synchronized void close() {
        withdraw();
        context = null;
        desk = null;
        checks.shutdownNow();
    }

    private void recheck() {
        if (!checks.isShutdown()) {
            checks.execute(this::check);
        }
    }

    private synchronized void check() {
        if (context == null || desk == null || personId == null) {
            withdraw();
            return;
        }
        boolean listed = desk.lists(personId);
        if (listed && registration == null) {
            try {
                registration = context.registerService(PresenceService.class, desk.presenceFor(personId), null);
            } catch (IllegalStateException e) {
                // The core bundle is stopping; close() follows.
            }
        } else if (!listed) {
            withdraw();
        }
    }

    private void withdraw() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // Already gone with the bundle.
            }
            registration = null;
        }
    }
}
