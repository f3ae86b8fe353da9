package org.samklang.core.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
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
import org.samklang.core.api.IdentityService;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.ReceptionService;
import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.internal.agent.DeskSignIn;
import org.samklang.core.internal.agent.IdentityFile;
import org.samklang.core.internal.calls.CallEventBuffer;
import org.samklang.core.internal.store.Database;
import org.samklang.core.internal.store.StoreHealthBoard;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.DeskIdentity;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;

/**
 * Starts the desk when the core bundle starts, registers its services for the UI and plugins, and hands it
 * every plugin service as it comes and goes.
 * <p>
 * DS may bind plugins before {@link #activate} runs; those wait in {@code pending} and are attached once the
 * desk exists. The services are registered by hand rather than declared, because they are parts of one desk
 * that must exist before any of them is offered.
 */
@Component(immediate = true)
public final class DeskComponent {

    private static final System.Logger LOG = System.getLogger(DeskComponent.class.getName());
    static final String DATA_PROPERTY = "samklang.data";

    private final List<Consumer<Desk>> pending = new ArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private BundleContext context;
    private Thread starter;
    private Desk desk;
    private StoreHealthBoard storeHealth;
    private ServiceRegistration<PresenceService> presence;
    private final DeskSignIn signIn = new DeskSignIn(new IdentityFile(dataDirectory()), this::signedIn);

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
        starter = new Thread(this::startDesk, "samklang-desk-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startDesk() {
        Path data = dataDirectory();
        Desk started;
        try {
            started = Desk.start(data, Clock.systemDefaultZone(), storeHealth);
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
            desk = started;
            LOG.log(System.Logger.Level.INFO, "desk started on {0}", data);
            register(ConversationService.class, desk.conversations());
            register(InboundSink.class, desk.conversations());
            register(QueueService.class, desk.queues());
            register(ConnectorStatusService.class, desk.connectorStatus());
            register(CustomerContextService.class, desk.customerContext());
            register(KnowledgeService.class, desk.knowledge());
            register(DraftService.class, desk.drafts());
            register(CustomerNoteService.class, desk.notes());
            register(AttachmentService.class, desk.attachments());
            register(ReceptionService.class, desk.reception());
            register(CallService.class, desk.calls());
            pending.forEach(p -> p.accept(desk));
            pending.clear();
            signIn.attach(desk.people());
        }
    }

    @Deactivate
    synchronized void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        unregisterPresence();
        context = null;
        if (desk != null) {
            desk.close();
            desk = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(ChannelConnector channel) {
        withDesk(d -> d.addChannel(channel));
    }

    void removeChannel(ChannelConnector channel) {
        withDesk(d -> d.removeChannel(channel));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDirectory(CustomerDirectory directory) {
        withDesk(d -> d.addDirectory(directory));
    }

    void removeDirectory(CustomerDirectory directory) {
        withDesk(d -> d.removeDirectory(directory));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addOrderHistory(OrderHistory history) {
        withDesk(d -> d.addOrderHistory(history));
    }

    void removeOrderHistory(OrderHistory history) {
        withDesk(d -> d.removeOrderHistory(history));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedPresenceSource")
    void addPresenceSource(PresenceSource source) {
        withDesk(d -> d.addPresenceSource(source));
    }

    /** The source's service properties changed (it was reconfigured in place): it starts over with a new sink. */
    void updatedPresenceSource(PresenceSource source) {
        withDesk(d -> d.restartPresenceSource(source));
    }

    void removePresenceSource(PresenceSource source) {
        withDesk(d -> d.removePresenceSource(source));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDirectorySource(DirectorySource source) {
        withDesk(d -> d.addDirectorySource(source));
    }

    void removeDirectorySource(DirectorySource source) {
        withDesk(d -> d.removeDirectorySource(source));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKnowledgeSource(KnowledgeSource source) {
        withDesk(d -> d.addKnowledgeSource(source));
    }

    void removeKnowledgeSource(KnowledgeSource source) {
        withDesk(d -> d.removeKnowledgeSource(source));
    }

    /**
     * Subscribes to the connector's call events at once, on the binding thread, even before the desk exists: the
     * buffer keeps what the PBX reports until the desk's call runtime listens, so no early call is lost.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTelephony(Telephony telephony) {
        CallEventBuffer subscription = CallEventBuffer.subscribe(telephony);
        withDesk(d -> d.addTelephony(telephony, subscription));
    }

    void removeTelephony(Telephony telephony) {
        withDesk(d -> d.removeTelephony(telephony));
    }

    /** A plugin's signed-in person; an identity configured in the data directory wins over it (DeskSignIn). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setIdentity(DeskIdentity identity) {
        signIn.provided(identity.personId());
    }

    synchronized void unsetIdentity(DeskIdentity identity) {
        signIn.provided(null);
        if (signIn.personId().isEmpty()) {
            unregisterPresence();
        }
    }

    /** The signed-in person's presence service appears once an identity is known, and follows it. */
    private void signedIn(String personId) {
        withDesk(d -> {
            unregisterPresence();
            presence = context.registerService(PresenceService.class, d.presenceFor(personId), null);
            d.reception().signedIn(personId);
            d.signInAtPhone(personId);
        });
    }

    private synchronized void withDesk(Consumer<Desk> step) {
        if (desk == null) {
            pending.add(step);
        } else {
            step.accept(desk);
        }
    }

    private <S> void register(Class<S> type, S service) {
        registrations.add(context.registerService(type, service, null));
    }

    private void unregisterPresence() {
        if (presence != null) {
            presence.unregister();
            presence = null;
        }
    }

    private static Path dataDirectory() {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("samklang");
    }
}
