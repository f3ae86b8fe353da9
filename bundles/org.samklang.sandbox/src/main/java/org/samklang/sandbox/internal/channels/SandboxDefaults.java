package org.samklang.sandbox.internal.channels;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.crm.SandboxCrm;
import org.samklang.sandbox.internal.crm.SandboxCrmType;
import org.samklang.sandbox.internal.directory.SandboxDirectory;
import org.samklang.sandbox.internal.directory.SandboxDirectoryType;
import org.samklang.sandbox.internal.erp.SandboxErp;
import org.samklang.sandbox.internal.erp.SandboxErpType;
import org.samklang.sandbox.internal.pbx.SandboxPbx;
import org.samklang.sandbox.internal.pbx.SandboxPbxType;
import org.samklang.sandbox.internal.knowledge.SandboxKnowledge;
import org.samklang.sandbox.internal.knowledge.SandboxKnowledgeType;

/**
 * Makes the sandbox's default instances on the desk's first start, through Configuration Admin as the Settings view
 * would, so {@code ./samklang run} works with nothing configured: the four channels (phone, e-mail, chat, social,
 * under {@code <kind>.sandbox}), the knowledge base ({@code knowledge.sandbox}) and the backends (the directory
 * {@code presence.sandbox}, the PBX {@code telephony.sandbox}, {@code crm.sandbox}, {@code erp.sandbox}). Each set only once: a marker
 * configuration ({@value #MARKER_PID}) remembers it, so instances the user removed do not come back at the next
 * start; and never when an instance of that type is configured already (IT provisioned one).
 */
@Component(immediate = true)
public final class SandboxDefaults {

    /** The configuration that records which defaults were made. */
    static final String MARKER_PID = "org.samklang.sandbox";
    private static final String CHANNELS_MADE = "defaultChannelsMade";
    private static final String KNOWLEDGE_MADE = "defaultKnowledgeMade";
    /**
     * The backends' factory PIDs and default instance ids, in the order they are made: the directory first, as the
     * desk's signed-in agent is one of its people. A data directory made before the backends were instances gets
     * them once, by the flag each has of its own.
     */
    private static final Map<String, String> BACKENDS = orderedBackends();
    private static final System.Logger LOG = System.getLogger(SandboxDefaults.class.getName());

    /** Makes one type's default instances. */
    private interface Maker {

        void make() throws IOException;
    }

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

    /** Makes what is missing; on the activation's thread (tests call it directly). */
    void makeOnce() {
        try {
            Configuration marker = admin.getConfiguration(MARKER_PID, "?");
            Hashtable<String, Object> made = flags(marker.getProperties());
            boolean changed = makeOnce(made, CHANNELS_MADE, SandboxChannelType.FACTORY_PID, () -> {
                for (SandboxChannelKind kind : SandboxChannelKind.values()) {
                    make(SandboxChannelType.FACTORY_PID, kind.defaultInstanceId(),
                            Map.of(SandboxChannelType.MEDIA, kind.setting()));
                }
                LOG.log(Level.INFO, "made the four sandbox channels (first start)");
            });
            changed |= makeOnce(made, KNOWLEDGE_MADE, SandboxKnowledgeType.FACTORY_PID, () -> {
                make(SandboxKnowledgeType.FACTORY_PID, SandboxKnowledge.ID, Map.of());
                LOG.log(Level.INFO, "made the sandbox knowledge base (first start)");
            });
            for (Map.Entry<String, String> backend : BACKENDS.entrySet()) {
                changed |= makeOnce(made, "default." + backend.getKey() + ".made", backend.getKey(), () -> {
                    make(backend.getKey(), backend.getValue(), Map.of());
                    LOG.log(Level.INFO, "made the sandbox backend {0} (first start)", backend.getValue());
                });
            }
            if (changed) {
                marker.update(made);
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.log(Level.ERROR, "could not make the sandbox's default instances; add them in the Settings view", e);
        }
    }

    /** {@return whether it made (or found made) the defaults of {@code factoryPid} now} Records it in {@code made}. */
    private boolean makeOnce(Hashtable<String, Object> made, String flag, String factoryPid, Maker maker)
            throws IOException, InvalidSyntaxException {
        if (Boolean.parseBoolean(String.valueOf(made.get(flag)))) {
            return false;
        }
        Configuration[] existing = admin.listConfigurations("(service.factoryPid=" + factoryPid + ")");
        if (existing == null || existing.length == 0) {
            maker.make();
        }
        made.put(flag, "true");
        return true;
    }

    private void make(String factoryPid, String instanceId, Map<String, String> settings) throws IOException {
        Configuration configuration = admin.getFactoryConfiguration(factoryPid, instanceId, "?");
        if (configuration.getProperties() != null) {
            return;
        }
        Hashtable<String, Object> properties = new Hashtable<>(settings);
        properties.put(PluginType.INSTANCE, instanceId);
        configuration.update(properties);
    }

    private static Map<String, String> orderedBackends() {
        Map<String, String> backends = new LinkedHashMap<>();
        backends.put(SandboxDirectoryType.FACTORY_PID, SandboxDirectory.ID);
        backends.put(SandboxPbxType.FACTORY_PID, SandboxPbx.ID);
        backends.put(SandboxCrmType.FACTORY_PID, SandboxCrm.ID);
        backends.put(SandboxErpType.FACTORY_PID, SandboxErp.ID);
        return Collections.unmodifiableMap(backends);
    }

    /** The marker's flags, without the properties Configuration Admin adds itself. */
    private static Hashtable<String, Object> flags(Dictionary<String, Object> properties) {
        Hashtable<String, Object> flags = new Hashtable<>();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                if (!key.startsWith("service.") && !key.startsWith("felix.")) {
                    flags.put(key, properties.get(key));
                }
            }
        }
        return flags;
    }
}
