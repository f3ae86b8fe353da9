package org.samklang.core.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.CustomerContextService;
import org.samklang.core.api.CustomerNoteService;
import org.samklang.core.api.DraftService;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.ReceptionService;
import org.samklang.core.api.IdentityService;
import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.internal.agent.DeskSignIn;
import org.samklang.core.internal.agent.IdentityFile;
import org.samklang.core.internal.calls.CallEventBuffer;
import org.samklang.core.internal.plugins.Facet;
import org.samklang.core.internal.plugins.PluginHost;
import org.samklang.core.internal.store.Database;
import org.samklang.core.internal.store.StoreHealthBoard;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.DeskIdentity;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.PluginType;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;

/**
 * Starts the desk when the core bundle starts, registers its services for the UI and plugins, and hands its plugin
 * host every plugin service and type as they come and go.
 * <p>
 * DS may bind plugins before the desk has started; those steps wait in {@code pending} and are replayed, in order,
 * before later ones run. Steps run without this component's lock held: stopping a plugin may take seconds and may
 * make its bundle unregister services, which comes back here. The services are registered by hand rather than
 * declared, because they are parts of one desk that must exist before any of them is offered.
 */
@Component(immediate = true)
public final class DeskComponent {

    private static final System.Logger LOG = System.getLogger(DeskComponent.class.getName());

    private final List<Consumer<Desk>> pending = new ArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final PluginGate gate = new PluginGate();
    private final PluginSettingsRegistration settings = new PluginSettingsRegistration();
    private BundleContext context;
    private Desk desk;
    private StoreHealthBoard storeHealth;
    private final PresenceRegistration presence = new PresenceRegistration();
    private final DeskSignIn signIn = new DeskSignIn(new IdentityFile(DataDirectory.resolve()), this::signedIn);

    /**
     * Opens the store and starts the desk on a thread of its own: activation runs on the framework's start-level
     * thread, and the workbench window only opens after that thread is done. The UI shows "connecting" until the
     * services appear. The store's health is offered at once, so the desktop learns how opening ended, also when it
     * failed and no other service will come.
     */
    @Activate
    synchronized void activate(BundleContext bundleContext) {
        context = bundleContext;
        storeHealth = new StoreHealthBoard(Clock.systemDefaultZone());
        register(StoreHealthService.class, storeHealth);
        register(IdentityService.class, signIn);
        gate.watch(bundleContext);
        Thread starter = new Thread(this::startDesk, "samklang-desk-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startDesk() {
        Path data = DataDirectory.resolve();
        Desk started;
        try {
            started = Desk.start(data, Clock.systemDefaultZone(), storeHealth, DataDirectory.secretStore(data),
                    PluginHost.Limits.DEFAULT);
        } catch (StoreUnavailableException e) {
            storeHealth.unusable(e, (e.reason() == Reason.LOCKED
                    ? data
                    : data.resolve("store").resolve(
                            Database.FILE_NAME))
                    .toString());
            return;
        } catch (RuntimeException e) {
            // A bug, not the store; the desk cannot work either way, and the desktop must say so, not wait.
            LOG.log(System.Logger.Level.ERROR, "the desk could not start on " + data, e);
            storeHealth.unusable(new StoreUnavailableException(Reason.IO_ERROR, "The desk could not start on " + data
                    + ": " + e, e), data.toString());
            return;
        }
        synchronized (this) {
            if (context == null) {
                started.close();
                return;
            }
            LOG.log(System.Logger.Level.INFO, "desk started on {0}", data);
            register(ConversationService.class, started.conversations());
            register(QueueService.class, started.queues());
            register(ConnectorStatusService.class, started.connectorStatus());
            register(CustomerContextService.class, started.customerContext());
            register(KnowledgeService.class, started.knowledge());
            register(DraftService.class, started.drafts());
            register(CustomerNoteService.class, started.notes());
            register(AttachmentService.class, started.attachments());
            register(ReceptionService.class, started.reception());
            register(CallService.class, started.calls());
        }
        replayPending(started);
        presence.desk(context, started);
        signIn.attach(started.people());
        gate.whenOpen(started.plugins()::openGate);
        settings.desk(context, started);
    }

    /** Runs what DS bound before the desk existed, in order, then lets later steps run directly. */
    private void replayPending(Desk started) {
        while (true) {
            List<Consumer<Desk>> steps;
            synchronized (this) {
                if (pending.isEmpty()) {
                    desk = started;
                    return;
                }
                steps = new ArrayList<>(pending);
                pending.clear();
            }
            steps.forEach(step -> step.accept(started));
        }
    }

    @Deactivate
    void deactivate() {
        Desk closing;
        synchronized (this) {
            registrations.forEach(ServiceRegistration::unregister);
            registrations.clear();
            context = null;
            closing = desk;
            desk = null;
        }
        gate.close();
        settings.close();
        presence.close();
        if (closing != null) {
            closing.close();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedChannel")
    void addChannel(ChannelConnector channel, Map<String, Object> properties) {
        added(Facet.CHANNEL, channel, properties);
    }

    void updatedChannel(ChannelConnector channel, Map<String, Object> properties) {
        updated(Facet.CHANNEL, channel, properties);
    }

    void removeChannel(ChannelConnector channel) {
        removed(Facet.CHANNEL, channel);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedDirectory")
    void addDirectory(CustomerDirectory directory, Map<String, Object> properties) {
        added(Facet.CRM, directory, properties);
    }

    void updatedDirectory(CustomerDirectory directory, Map<String, Object> properties) {
        updated(Facet.CRM, directory, properties);
    }

    void removeDirectory(CustomerDirectory directory) {
        removed(Facet.CRM, directory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedOrderHistory")
    void addOrderHistory(OrderHistory history, Map<String, Object> properties) {
        added(Facet.ERP, history, properties);
    }

    void updatedOrderHistory(OrderHistory history, Map<String, Object> properties) {
        updated(Facet.ERP, history, properties);
    }

    void removeOrderHistory(OrderHistory history) {
        removed(Facet.ERP, history);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedPresenceSource")
    void addPresenceSource(PresenceSource source, Map<String, Object> properties) {
        added(Facet.PRESENCE, source, properties);
    }

    void updatedPresenceSource(PresenceSource source, Map<String, Object> properties) {
        updated(Facet.PRESENCE, source, properties);
    }

    void removePresenceSource(PresenceSource source) {
        removed(Facet.PRESENCE, source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedKnowledgeSource")
    void addKnowledgeSource(KnowledgeSource source, Map<String, Object> properties) {
        added(Facet.KNOWLEDGE, source, properties);
    }

    void updatedKnowledgeSource(KnowledgeSource source, Map<String, Object> properties) {
        updated(Facet.KNOWLEDGE, source, properties);
    }

    void removeKnowledgeSource(KnowledgeSource source) {
        removed(Facet.KNOWLEDGE, source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedTelephony")
    void addTelephony(Telephony telephony, Map<String, Object> properties) {
        if (!properties.containsKey(PluginType.INSTANCE)) {
            // Registered by hand, so already running: subscribe on the binding thread, before the desk exists, so
            // the buffer keeps what the PBX reports until the call runtime listens and no early call is lost. A
            // configured instance is subscribed once the host has started it.
            CallEventBuffer subscription = CallEventBuffer.subscribe(telephony);
            withDesk(d -> d.subscribedEarly(telephony, subscription));
        }
        added(Facet.TELEPHONY, telephony, properties);
    }

    void updatedTelephony(Telephony telephony, Map<String, Object> properties) {
        updated(Facet.TELEPHONY, telephony, properties);
    }

    void removeTelephony(Telephony telephony) {
        removed(Facet.TELEPHONY, telephony);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedDirectorySource")
    void addDirectorySource(DirectorySource source, Map<String, Object> properties) {
        added(Facet.DIRECTORY, source, properties);
    }

    void updatedDirectorySource(DirectorySource source, Map<String, Object> properties) {
        updated(Facet.DIRECTORY, source, properties);
    }

    void removeDirectorySource(DirectorySource source) {
        removed(Facet.DIRECTORY, source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPluginType(PluginType type) {
        withDesk(d -> d.plugins().typeAdded(type));
    }

    void removePluginType(PluginType type) {
        withDesk(d -> d.plugins().typeRemoved(type));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setConfigurationAdmin(ConfigurationAdmin admin) {
        settings.admin(admin);
    }

    void unsetConfigurationAdmin(ConfigurationAdmin admin) {
        settings.adminGone(admin);
    }

    /** A plugin's signed-in person; an identity configured in the data directory wins over it (DeskSignIn). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setIdentity(DeskIdentity identity) {
        signIn.provided(identity.personId());
    }

    void unsetIdentity(DeskIdentity identity) {
        signIn.provided(null);
        if (signIn.personId().isEmpty()) {
            presence.signedIn(null);
        }
    }

    /**
     * The signed-in person's presence service appears once an identity is known and the directory lists that person
     * ({@link PresenceRegistration}), and follows both.
     */
    private void signedIn(String personId) {
        withDesk(d -> {
            presence.signedIn(personId);
            d.reception().signedIn(personId);
            d.signInAtPhone(personId);
        });
    }

    private void added(Facet facet, Connector connector, Map<String, Object> properties) {
        Map<String, Object> copy = Map.copyOf(properties);
        withDesk(d -> d.plugins().serviceAdded(facet, connector, copy));
    }

    private void updated(Facet facet, Connector connector, Map<String, Object> properties) {
        Map<String, Object> copy = Map.copyOf(properties);
        withDesk(d -> d.plugins().serviceUpdated(facet, connector, copy));
    }

    private void removed(Facet facet, Connector connector) {
        withDesk(d -> d.plugins().serviceRemoved(facet, connector));
    }

    private void withDesk(Consumer<Desk> step) {
        Desk current;
        synchronized (this) {
            if (desk == null) {
                pending.add(step);
                return;
            }
            current = desk;
        }
        step.accept(current);
    }

    private <S> void register(Class<S> type, S service) {
        registrations.add(context.registerService(type, service, null));
    }
}
