package org.samklang.sandbox.internal.channels;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.spi.PluginType;

/**
 * Makes the sandbox's four channels (phone, e-mail, chat, social, under {@code <kind>.sandbox}) on the desk's first
 * start, through Configuration Admin as the Settings view would, so {@code ./samklang run} works with nothing
 * configured. Only once: a marker configuration ({@value #MARKER_PID}) remembers it, so channels the user removed do
 * not come back at the next start; and never when a sandbox channel is configured already (IT provisioned one).
 */
@Component(immediate = true)
public final class SandboxDefaults {

    /** The configuration that records that the defaults were made. */
    static final String MARKER_PID = "org.samklang.sandbox";
    private static final String MADE = "defaultChannelsMade";
    private static final System.Logger LOG = System.getLogger(SandboxDefaults.class.getName());

    private ConfigurationAdmin admin;

    @Reference
    void setConfigurationAdmin(ConfigurationAdmin configurationAdmin) {
        this.admin = configurationAdmin;
    }

    /** Off the framework's start-level thread: Configuration Admin writes files. */
    @Activate
    void activate() {
        Thread.ofPlatform().daemon().name("samklang-sandbox-defaults").start(this::makeOnce);
    }

    private void makeOnce() {
        try {
            Configuration marker = admin.getConfiguration(MARKER_PID, "?");
            Dictionary<String, Object> properties = marker.getProperties();
            if (properties != null && Boolean.parseBoolean(String.valueOf(properties.get(MADE)))) {
                return;
            }
            Configuration[] existing = admin.listConfigurations("(service.factoryPid="
                    + SandboxChannelType.FACTORY_PID + ")");
            if (existing == null || existing.length == 0) {
                for (SandboxChannelKind kind : SandboxChannelKind.values()) {
                    make(kind);
                }
                LOG.log(Level.INFO, "made the four sandbox channels (first start)");
            }
            Hashtable<String, Object> made = new Hashtable<>();
            made.put(MADE, "true");
            marker.update(made);
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.log(Level.ERROR, "could not make the sandbox channels; add them in the Settings view", e);
        }
    }

    private void make(SandboxChannelKind kind) throws IOException {
        Configuration configuration = admin.getFactoryConfiguration(SandboxChannelType.FACTORY_PID,
                kind.defaultInstanceId(), "?");
        if (configuration.getProperties() != null) {
            return;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginType.INSTANCE, kind.defaultInstanceId());
        properties.put(SandboxChannelType.MEDIA, kind.setting());
        configuration.update(properties);
    }
}
