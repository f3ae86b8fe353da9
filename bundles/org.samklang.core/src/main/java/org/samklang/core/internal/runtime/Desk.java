package org.samklang.core.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.samklang.core.api.model.ConfigurationProblem;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.attachments.AttachmentStaging;
import org.samklang.core.internal.calls.CallEventBuffer;
import org.samklang.core.internal.calls.CallLookup;
import org.samklang.core.internal.calls.CallRuntime;
import org.samklang.core.internal.calls.CallSettings;
import org.samklang.core.internal.calls.EngineCallPresence;
import org.samklang.core.internal.config.DeskRouting;
import org.samklang.core.internal.config.RoutingConfigException;
import org.samklang.core.internal.config.RoutingConfigReader;
import org.samklang.core.internal.context.CustomerContextAssembler;
import org.samklang.core.internal.context.CustomerNamer;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.drafts.FileDraftStore;
import org.samklang.core.internal.identity.AddressNormalizer;
import org.samklang.core.internal.knowledge.KnowledgeIndex;
import org.samklang.core.internal.notes.FileNoteStore;
import org.samklang.core.internal.presence.DeskPresenceService;
import org.samklang.core.internal.presence.PresenceEngine;
import org.samklang.core.internal.plugins.Attachments;
import org.samklang.core.internal.plugins.Facet;
import org.samklang.core.internal.plugins.InstanceStarter;
import org.samklang.core.internal.plugins.PluginHost;
import org.samklang.core.internal.plugins.SecretStore;
import org.samklang.core.internal.presence.PresenceSettings;
import org.samklang.core.internal.reception.ReceptionDesk;
import org.samklang.core.internal.store.StoreHealthBoard;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.internal.directory.DirectoryBook;
import org.samklang.core.internal.directory.DirectorySources;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;

/**
 * The engine of one desk, assembled: store and journal, presence, routing, customer context, knowledge and plugin
 * health, plus the background threads that drive them. Plain Java, so it is tested without OSGi; the DS
 * component {@link DeskComponent} only creates it and hands it plugins as they come and go.
 */
public final class Desk implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Desk.class.getName());
    private static final long HEALTH_POLL_MILLIS = 2_000;
    private static final long PRESENCE_TICK_MILLIS = 1_000;

    private final CoreEngine engine;
    private final PresenceEngine presence;
    private final RoutingRuntime routing;
    private final ConnectorStatusBoard board;
    private final CustomerContextAssembler context;
    private final KnowledgeIndex knowledge = new KnowledgeIndex();
    private final PluginSinks sinks;
    private final PresenceFeeds presenceFeeds;
    private final EngineCallPresence callPresence;
    private final DirectoryBook people;
    private final DirectorySources directorySources;
    private final CallRuntime calls;
    private final SecretStore secrets;
    private final PluginHost host;
    private final Map<Telephony, CallEventBuffer> earlyCallEvents = new ConcurrentHashMap<>();
    private final List<Runnable> directoryListeners = new CopyOnWriteArrayList<>();
    private ReceptionDesk reception;
    private FileDraftStore drafts;
    private FileNoteStore notes;
    private JournalSubscription notesFollowMerges;
    private CustomerNamer namer;
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "samklang-desk");
        t.setDaemon(true);
        return t;
    });

    private Desk(CoreEngine engine, Clock clock, DeskRouting routingConfig, SecretStore secrets,
            PluginHost.Limits limits) {
        this.engine = engine;
        this.presence = new PresenceEngine(clock, PresenceSettings.defaults(), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "samklang-presence-events");
            t.setDaemon(true);
            return t;
        }));
        this.routing = new RoutingRuntime(routingConfig, clock, engine, engine, presence);
        this.board = new ConnectorStatusBoard(clock, engine.duplicates()::total, engine::waitingReplies,
                Locale.getDefault());
        this.context = new CustomerContextAssembler(engine, background, Locale.getDefault());
        this.sinks = new PluginSinks(knowledge, background);
        this.presenceFeeds = new PresenceFeeds(presence, routing, clock, this::directoryPushed);
        this.people = new DirectoryBook(entries -> {
            presenceFeeds.loadDirectory(entries);
            directoryListeners.forEach(Runnable::run);
        });
        this.directorySources = new DirectorySources(people);
        this.callPresence = new EngineCallPresence(presence);
        this.calls = CallRuntime.start(engine.inbound(), CallLookup.of(engine), callPresence, clock,
                CallSettings.defaults());
        this.secrets = secrets;
        this.host = new PluginHost(new Attachments() {

            @Override
            public void attach(Facet facet, Connector connector) {
                Desk.this.attach(facet, connector);
            }

            @Override
            public void detach(Facet facet, Connector connector) {
                Desk.this.detach(facet, connector);
            }
        }, board, new InstanceStarter(secrets, engine.plugins(), engine.inbound(), clock, Locale.getDefault()), clock,
                Locale.getDefault(), limits);
    }

    /**
     * Opens the store in {@code dataDirectory} and starts the desk.
     *
     * @throws org.samklang.core.api.StoreUnavailableException when the store cannot be opened, with the reason
     */
    public static Desk start(Path dataDirectory, Clock clock) {
        return start(dataDirectory, clock, new StoreHealthBoard(clock));
    }

    /**
     * As {@link #start(Path, Clock)}; {@code storeHealth} hears that the store opened and, from then on, whether it
     * writes. (That it could not be opened is the caller's to report, from the exception.)
     */
    public static Desk start(Path dataDirectory, Clock clock, StoreHealthBoard storeHealth) {
        return start(dataDirectory, clock, storeHealth, SecretStore.NONE, PluginHost.Limits.DEFAULT);
    }

    /**
     * As {@link #start(Path, Clock, StoreHealthBoard)}, with plugin instances' secrets in {@code secrets} and their
     * {@code start} and {@code stop} given {@code limits}.
     */
    public static Desk start(Path dataDirectory, Clock clock, StoreHealthBoard storeHealth, SecretStore secrets,
            PluginHost.Limits limits) {
        CoreEngine engine = CoreEngine.open(EngineConfig.defaults(dataDirectory.resolve("store")), clock,
                storeHealth);
        storeHealth.opened(engine.storeFile().toString());
        Optional<ConfigurationProblem> routingProblem = Optional.empty();
        DeskRouting routing;
        try {
            routing = new RoutingConfigReader(clock.getZone())
                    .read(dataDirectory.resolve(RoutingConfigReader.FILE_NAME));
        } catch (RoutingConfigException e) {
            LOG.log(System.Logger.Level.ERROR, "routing configuration not applied, using the defaults: {0}",
                    e.getMessage());
            routingProblem = Optional.of(e.problem());
            routing = DeskRouting.defaults(clock.getZone());
        }
        Desk desk = new Desk(engine, clock, routing, secrets, limits);
        desk.drafts = new FileDraftStore(dataDirectory.resolve("drafts"));
        desk.notes = new FileNoteStore(dataDirectory.resolve("notes"));
        // What colleagues wrote about a customer stays with them when two customer records become one.
        desk.notesFollowMerges = engine.subscribe(engine.lastSequence(), event -> {
            if (event instanceof JournalEvent.CustomersMerged merged) {
                desk.notes.customersMerged(merged.survivor(), merged.absorbed());
            }
        });
        desk.reception = new ReceptionDesk(desk.presence::person, engine.connectors(), engine::startConversation,
                new AddressNormalizer(EngineConfig.defaults(dataDirectory).defaultRegion()), Locale.getDefault(),
                clock.getZone(), clock);
        // The desktop names the item and words the problem from its code, in the user's language.
        routingProblem.ifPresent(problem -> desk.board.addConfigurationProblem("routing", RoutingConfigReader.FILE_NAME,
                problem.toCoded()));
        desk.presence.addListener(change -> engine.recordPresenceChange(change.personId(),
                change.after().state().name(), change.after().reason().name()));
        desk.routing.start();
        desk.namer = new CustomerNamer(engine, () -> desk.context.crm()
                .map(crm -> address -> crm.findByAddress(address, Locale.getDefault())));
        // A CRM that charges per lookup or cannot take the load: -Dsamklang.crmNames=false leaves naming to the card.
        if (!"false".equals(System.getProperty("samklang.crmNames"))) {
            desk.namer.start();
        }
        desk.background.scheduleWithFixedDelay(desk::tickPresence, PRESENCE_TICK_MILLIS, PRESENCE_TICK_MILLIS,
                TimeUnit.MILLISECONDS);
        desk.background.scheduleWithFixedDelay(desk::pollHealth, HEALTH_POLL_MILLIS, HEALTH_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        return desk;
    }

    public CoreEngine conversations() {
        return engine;
    }

    public RoutingRuntime queues() {
        return routing;
    }

    public ConnectorStatusBoard connectorStatus() {
        return board;
    }

    public CustomerContextAssembler customerContext() {
        return context;
    }

    public KnowledgeIndex knowledge() {
        return knowledge;
    }

    /** The receptionist's take-a-message service. */
    public ReceptionDesk reception() {
        return reception;
    }

    /** Where plugin instances' secrets are kept. */
    public SecretStore secrets() {
        return secrets;
    }

    /** Unsent replies, kept in the data directory's {@code drafts} folder. */
    public FileDraftStore drafts() {
        return drafts;
    }

    /** Files attached to replies, staged in the store's {@code attachments} folder. */
    public AttachmentStaging attachments() {
        return engine.attachments();
    }

    /** Agents' notes on customers, kept in the data directory's {@code notes} folder. */
    public FileNoteStore notes() {
        return notes;
    }

    /** The desk's phone: live calls and their controls; call events go to the journal through it. */
    public CallRuntime calls() {
        return calls;
    }

    /** The person whose phone this desk controls; their presence shows the after-call work. */
    public void signInAtPhone(String personId) {
        callPresence.signIn(Objects.requireNonNull(personId, "personId"));
    }

    /** {@return whether the people directory lists {@code personId} now} */
    public boolean lists(String personId) {
        return presence.effectivePresence(personId).isPresent();
    }

    /**
     * Calls {@code listener} after every change of the people directory, under the directory's lock: it must return
     * at once and not call back into the directory.
     */
    public void onDirectoryChange(Runnable listener) {
        directoryListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The presence service of the person signed in at this desk. */
    public PresenceService presenceFor(String personId) {
        return new DeskPresenceService(presence, Objects.requireNonNull(personId, "personId"));
    }

    /** The plugin host: instances are bound, started, stopped and restarted through it. */
    public PluginHost plugins() {
        return host;
    }

    /** Puts a started plugin instance to work; the {@link PluginHost} calls it, and keeps its status entry. */
    private void attach(Facet facet, Connector connector) {
        switch (facet) {
            case CHANNEL -> engine.connectors().add((ChannelConnector) connector);
            case CRM -> context.addDirectory((CustomerDirectory) connector);
            case ERP -> context.addOrderHistory((OrderHistory) connector);
            case PRESENCE -> startPresence((PresenceSource) connector);
            case DIRECTORY -> directorySources.add((DirectorySource) connector);
            case KNOWLEDGE -> sinks.loadKnowledge((KnowledgeSource) connector);
            case TELEPHONY -> addTelephony((Telephony) connector);
        }
    }

    /** Takes a plugin instance out of work before the host stops it. */
    private void detach(Facet facet, Connector connector) {
        switch (facet) {
            case CHANNEL -> engine.connectors().remove((ChannelConnector) connector);
            case CRM -> context.removeDirectory((CustomerDirectory) connector);
            case ERP -> context.removeOrderHistory((OrderHistory) connector);
            case PRESENCE -> stopPresence((PresenceSource) connector);
            case DIRECTORY -> directorySources.remove((DirectorySource) connector);
            case KNOWLEDGE -> knowledge.removeSource(connector.id());
            case TELEPHONY -> calls.removeTelephony((Telephony) connector);
        }
    }

    /** A presence source starts with a sink of its own; its status shows whom it names that nobody is. */
    private void startPresence(PresenceSource source) {
        PresenceSink sink = presenceFeeds.open(source);
        board.trackUnresolved(source.id(), () -> presenceFeeds.unresolved(source));
        background.execute(() -> {
            try {
                source.startPresence(sink);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "presence source " + PresenceFeeds.nameOf(source)
                        + " failed to start", e);
            }
        });
    }

    /**
     * A presence source leaves (or restarts with new settings): it is stopped, and everything it said and the people
     * it listed are withdrawn, so reports from its old configuration (another PBX, another calendar) do not linger.
     */
    private void stopPresence(PresenceSource source) {
        try {
            source.stopPresence();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "presence source " + PresenceFeeds.nameOf(source)
                    + " failed to stop", e);
        }
        presenceFeeds.close(source);
        people.remove(PresenceFeeds.nameOf(source));
        board.untrackUnresolved(source.id());
    }

    /**
     * Call events a by-hand phone connector reported before the desk took it: the component subscribed at binding
     * time, so no early call is lost; the buffer is handed to the call runtime when the connector is attached.
     */
    public void subscribedEarly(Telephony telephony, CallEventBuffer subscription) {
        earlyCallEvents.put(telephony, subscription);
    }

    private void addTelephony(Telephony telephony) {
        CallEventBuffer early = earlyCallEvents.remove(telephony);
        calls.addTelephony(telephony, early != null ? early : CallEventBuffer.subscribe(telephony));
    }

    /** The merged people directory of every directory source and the desk's own identity. */
    public DirectoryBook people() {
        return people;
    }

    /** A presence source that still pushes its directory through presence: filed as that source's part. */
    private void directoryPushed(String sourceName, List<DirectoryEntry> entries) {
        people.replace(sourceName, entries);
    }

    /** Plugins' health for the status line, and one log line per channel that handed in duplicates meanwhile. */
    private void pollHealth() {
        try {
            board.poll();
            engine.duplicates().logSince();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "health poll failed", e);
        }
    }

    private void tickPresence() {
        try {
            presence.tick();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "presence tick failed", e);
        }
    }

    @Override
    public void close() {
        host.close();
        background.shutdownNow();
        calls.close();
        routing.close();
        notesFollowMerges.close();
        namer.close();
        drafts.close();
        notes.close();
        engine.close();
    }
}
