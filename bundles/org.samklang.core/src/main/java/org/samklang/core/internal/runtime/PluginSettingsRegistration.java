package org.samklang.core.internal.runtime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationListener;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.internal.plugins.DeskPluginSettings;

/**
 * Offers the {@link PluginSettingsService} while both the desk and Configuration Admin are there, and tells it when
 * Configuration Admin changes a configuration. Thread-safe.
 */
final class PluginSettingsRegistration {

    private static final System.Logger LOG = System.getLogger(PluginSettingsRegistration.class.getName());

    private BundleContext context;
    private Desk desk;
    private ConfigurationAdmin admin;
    private DeskPluginSettings settings;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    synchronized void desk(BundleContext bundleContext, Desk started) {
        context = bundleContext;
        desk = started;
        update();
    }

    synchronized void admin(ConfigurationAdmin configurationAdmin) {
        admin = configurationAdmin;
        update();
    }

    synchronized void adminGone(ConfigurationAdmin configurationAdmin) {
        if (admin == configurationAdmin) {
            admin = null;
            withdraw();
        }
    }

    synchronized void close() {
        withdraw();
        desk = null;
        context = null;
    }

    private void update() {
        if (context == null || desk == null || admin == null || settings != null) {
            return;
        }
        settings = new DeskPluginSettings(desk.plugins(), desk.secrets(), desk.conversations().plugins(), admin,
                Clock.systemDefaultZone());
        DeskPluginSettings offered = settings;
        registrations.add(context.registerService(PluginSettingsService.class, offered, null));
        registrations.add(context.registerService(ConfigurationListener.class,
                event -> offered.configurationChanged(), null));
    }

    private void withdraw() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // Already gone with the bundle.
            }
        }
        registrations.clear();
        if (settings != null) {
            try {
                settings.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "plugin settings did not close cleanly", e);
            }
            settings = null;
        }
    }
}
