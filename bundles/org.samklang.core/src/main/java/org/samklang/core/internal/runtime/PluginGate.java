package org.samklang.core.internal.runtime;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Holds plugin instances back until the desk's window is up, so their first syncs do not compete with the window
 * for the processor. A product that has a window sets the framework property {@value #AFTER_WINDOW}; the gate then
 * opens on the workbench's "startup complete" event (the e4 topic, received as a plain OSGi event, so the core needs
 * no UI), or after {@value #FALLBACK_SECONDS} s if that never comes. Without the property (tests, a desk without a
 * window) it is open at once. Thread-safe.
 */
final class PluginGate {

    /** Framework property: {@code true} holds plugins back until the window is up. */
    static final String AFTER_WINDOW = "samklang.plugins.afterWindow";
    /** The workbench's "startup complete" event topic (e4's {@code UIEvents.UILifeCycle.APP_STARTUP_COMPLETE}). */
    static final String WINDOW_UP_TOPIC = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";
    static final long FALLBACK_SECONDS = 30;

    private static final System.Logger LOG = System.getLogger(PluginGate.class.getName());

    private final CompletableFuture<Void> open = new CompletableFuture<>();
    private ServiceRegistration<EventHandler> handler;

    /** Starts watching for the window, or opens at once when this desk has none to wait for. */
    synchronized void watch(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty(AFTER_WINDOW))) {
            open.complete(null);
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, WINDOW_UP_TOPIC);
        handler = context.registerService(EventHandler.class, event -> open.complete(null), properties);
        CompletableFuture.delayedExecutor(FALLBACK_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (open.complete(null)) {
                LOG.log(System.Logger.Level.WARNING, "the window did not report it is up within {0} s; starting"
                        + " plugins anyway", FALLBACK_SECONDS);
            }
        });
    }

    /** Runs {@code action} once the gate is open (at once if it is). */
    void whenOpen(Runnable action) {
        open.thenRun(action);
    }

    synchronized void close() {
        if (handler != null) {
            try {
                handler.unregister();
            } catch (IllegalStateException e) {
                // Already gone with the bundle.
            }
            handler = null;
        }
    }
}
