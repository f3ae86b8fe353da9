package org.samklang.core.internal.conversation;

import org.samklang.core.api.ChannelLimitException;
import org.samklang.core.api.model.ChannelLimitProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.ConversationService;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.JournalEvent.PresenceChanged;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.attachments.AttachmentStaging;
import org.samklang.core.internal.identity.AddressNormalizer;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.journal.JournalHub;
import org.samklang.core.internal.journal.JournalStore;
import org.samklang.core.internal.outbox.ChannelLimits;
import org.samklang.core.internal.outbox.ConnectorRegistry;
import org.samklang.core.internal.outbox.OutboxSender;
import org.samklang.core.internal.outbox.OutboxStore;
import org.samklang.core.internal.sla.CountedOutcome;
import org.samklang.core.internal.store.Database;
import org.samklang.core.internal.plugins.PluginStore;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.SearchIndexer;
import org.samklang.core.internal.store.WriteHealth;
import org.samklang.core.internal.store.Writer;
import org.samklang.core.spi.InboundSink;

/**
 * The headless core engine: store, journal, identity, threading and outbox behind {@link ConversationService} for
 * the UI, and its {@link #inbound()} side for plugins (each instance through a sink bound to it). One instance per
 * data directory; thread-safe.
 * <p>
 * Data flow: plugin → {@link #inbound()} → writer (identity, store, journal, one transaction) → journal subscribers;
 * UI → {@link #sendReply} → writer (message + outbox entry) → outbox sender → connector → delivery state →
 * journal.
 */
public final class CoreEngine implements ConversationService, ConversationRouting, AutoCloseable {

    /** The folder of the data directory that holds attachments staged for replies. */
    public static final String ATTACHMENTS_DIRECTORY = "attachments";
    /** The states in which a conversation waits for an answer. */
    private static final Set<ConversationState> WAITING = Set.of(ConversationState.NEW, ConversationState.QUEUED,
            ConversationState.OFFERED);

    private final Database database;
    private final ReadPool readers;
    private final JournalStore journal;
    private final JournalHub hub;
    private final Writer writer;
    private final SearchIndexer searchIndex;
    private final ConnectorRegistry connectors = new ConnectorRegistry();
    private final OutboxSender sender;
    private final ConversationQueries queries;
    private final ConversationCommands commands;
    private final InboundService inbound;
    private final ReplyOptions replyOptions;
    private final OutboundStart outboundStart;
    private final AttachmentStaging attachments;
    private final QueueOutcomeStore queueOutcomes;
    private final PluginStore plugins;
    private final OutboxStore outboxStore;
    private final DuplicateCount duplicates = new DuplicateCount();

    private CoreEngine(EngineConfig config, Clock clock, Database database, WriteHealth health) {
        this.database = database;
        this.readers = new ReadPool(database, config.readConnections());
        this.journal = new JournalStore();
        this.hub = new JournalHub(readers, journal, JournalHub.DEFAULT_MAX_BUFFERED);
        this.searchIndex = SearchIndexer.start(database);
        this.writer = new Writer(database, journal, journal.lastSequence(readers), clock, events -> {
            hub.accept(events);
            searchIndex.nudge();
        }, health);
        CustomerStore customers = new CustomerStore();
        ConversationStore conversations = new ConversationStore();
        MessageStore messages = new MessageStore();
        ThreadKeys threadKeys = new ThreadKeys(messages);
        OutboxStore outbox = new OutboxStore();
        this.outboxStore = outbox;
        this.sender = new OutboxSender(writer, readers, outbox, connectors, config.retryPolicy(),
                new SplittableRandom(), clock);
        writer.addRollbackListener(() -> {
            customers.forgetCached();
            conversations.forgetCached();
            messages.forgetCached();
        });
        this.queries = new ConversationQueries(readers, searchIndex, customers, conversations, messages);
        this.replyOptions = new ReplyOptions(readers, conversations, customers, connectors, clock);
        this.outboundStart = new OutboundStart(customers, conversations, messages, threadKeys, outbox);
        // Staged attachments live beside the database: replies in the outbox refer to them.
        this.attachments = new AttachmentStaging(config.dataDirectory().resolve(ATTACHMENTS_DIRECTORY));
        this.commands = new ConversationCommands(writer, readers, conversations, customers,
                new ConversationMerger(conversations, messages, threadKeys),
                new ReplyTask(conversations, messages, threadKeys, outbox), connectors, sender,
                new ReplyAttachments(attachments));
        IngestTask ingest = new IngestTask(customers, conversations, messages, threadKeys, config.reopenWindow());
        this.inbound = new InboundService(new InboundPreparer(new AddressNormalizer(config.defaultRegion())), ingest,
                writer, sender, clock, duplicates);
        this.queueOutcomes = new QueueOutcomeStore(writer, readers);
        this.plugins = new PluginStore(writer, readers);
    }

    /**
     * Opens the store, recovers replies whose sending was interrupted, and starts the outbox loop if configured.
     *
     * @throws org.samklang.core.api.StoreUnavailableException if the store cannot be opened (damaged, newer, in use)
     */
    public static CoreEngine open(EngineConfig config, Clock clock) {
        return open(config, clock, WriteHealth.NONE);
    }

    /** As {@link #open(EngineConfig, Clock)}; {@code health} hears whether the store writes. */
    public static CoreEngine open(EngineConfig config, Clock clock, WriteHealth health) {
        // Refuse a bad phone region before touching the data directory.
        new AddressNormalizer(config.defaultRegion());
        Database database = Database.open(config.dataDirectory(), config.durability());
        CoreEngine engine;
        try {
            engine = new CoreEngine(config, clock, database, health);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        engine.sender.recoverInterruptedAttempts();
        if (config.runSenderLoop()) {
            engine.sender.start();
        }
        return engine;
    }

    /** Where channel connectors are added and removed as plugins come and go. */
    public ConnectorRegistry connectors() {
        return connectors;
    }

    /**
     * {@return how many replies are still to be sent, per channel id} Also for channels no connector serves now
     * (a removed instance): those wait until an instance with that id returns.
     */
    public Map<String, Long> waitingReplies() {
        return readers.read(outboxStore::pendingByChannel);
    }

    /** What the store keeps for plugin instances: their state and the settings they last started with. */
    public PluginStore plugins() {
        return plugins;
    }

    /** The staging area for reply attachments ({@code <data directory>/attachments}); replies accept only these. */
    public AttachmentStaging attachments() {
        return attachments;
    }

    /** The outbox sender, e.g. to drive {@link OutboxSender#runDue} in tests. */
    public OutboxSender outbox() {
        return sender;
    }

    /** Items channels handed in that were already stored, per channel. */
    public DuplicateCount duplicates() {
        return duplicates;
    }

    /**
     * Lets the store grow by at most {@code morePages} pages from the next write on, or without a cap when negative:
     * the store-level hook for testing a full disk ({@link Writer#capGrowth}).
     */
    public void capStoreGrowth(long morePages) {
        writer.capGrowth(morePages);
    }

    /** The store file. */
    public java.nio.file.Path storeFile() {
        return database.file();
    }

    /**
     * Journals a presence change on behalf of the presence engine. Kept and saved later if the store cannot write
     * now (no one else could hand it in again).
     */
    public CompletableFuture<PresenceChanged> recordPresenceChange(String personId, String state, String detail) {
        return writer.submitRetried("presence", transaction -> transaction.record(
                seq -> new PresenceChanged(seq, transaction.now(), personId, state, detail)));
    }

    /**
     * {@return the core's inbound side: where plugins' items and receipts are filed} Not the UI's: the engine is the
     * UI's {@link ConversationService}, and plugins reach this only through the sink bound to their instance in their
     * {@link org.samklang.core.spi.PluginContext} (and the call runtime through its own filing).
     */
    public InboundSink inbound() {
        return inbound;
    }

    @Override
    public Page<Conversation> inbox(InboxQuery query, PageRequest page) {
        return queries.inbox(query, page);
    }

    @Override
    public Optional<Conversation> conversation(ConversationId id) {
        return queries.conversation(id);
    }

    @Override
    public Optional<Message> message(MessageId id) {
        return queries.message(id);
    }

    @Override
    public Page<Message> messages(ConversationId id, PageRequest page) {
        return queries.messages(id, page);
    }

    @Override
    public Page<Message> timeline(CustomerId id, PageRequest page) {
        return queries.timeline(id, page);
    }

    @Override
    public Page<Message> search(String text, PageRequest page) {
        return queries.search(text, page);
    }

    @Override
    public Optional<Customer> customer(CustomerId id) {
        return queries.customer(id);
    }

    @Override
    public Optional<Customer> customerByAddress(Address address) {
        return queries.customerByAddress(address);
    }

    @Override
    public long lastSequence() {
        return journal.lastSequence(readers);
    }

    @Override
    public CompletableFuture<Message> sendReply(ConversationId id, ReplyDraft draft) {
        return commands.sendReply(id, draft);
    }

    @Override
    public List<ReplyOption> replyOptions(ConversationId id) {
        return replyOptions.forConversation(id);
    }

    /**
     * Starts a conversation with one outbound message (e.g. a message taken for a colleague): persisted with its
     * outbox entry before the future completes, then sent like a reply. Idempotent per client key. A text the
     * channel declares it cannot carry fails with {@link IllegalStateException} before anything is stored; whether
     * the channel may contact the recipient is checked when it is sent, like every reply's window.
     */
    public CompletableFuture<Message> startConversation(NewOutbound request) {
        Optional<ChannelLimitProblem> problem = connectors.find(request.channelId())
                .flatMap(channel -> ChannelLimits.textProblem(
                        request.channelId(), request.mediaType(), channel.capabilities(), request.text()));
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new ChannelLimitException(problem.get()));
        }
        return writer.submit("start conversation", transaction -> {
            Message stored = outboundStart.store(transaction, request);
            transaction.afterCommit(sender::wake);
            return stored;
        });
    }

    @Override
    public CompletableFuture<Conversation> changeState(ConversationId id, ConversationState state) {
        return commands.changeState(id, state);
    }

    @Override
    public CompletableFuture<Conversation> assign(ConversationId id, Optional<String> agentId) {
        return commands.assign(id, agentId);
    }

    @Override
    public CompletableFuture<Conversation> setTags(ConversationId id, Set<String> tags) {
        return commands.setTags(id, tags);
    }

    @Override
    public CompletableFuture<Conversation> route(ConversationId id, String queueId, List<SkillRequirement> skills,
            int priority, Instant slaDeadline) {
        RouteFields route;
        try {
            route = RouteFields.routed(queueId, skills, priority, slaDeadline);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return commands.route(id, route);
    }

    @Override
    public CompletableFuture<Conversation> markWaiting(ConversationId id, ConversationState state) {
        if (!state.awaitsAnswer()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(state + " is not a waiting state"));
        }
        return commands.changeStateIf(id, WAITING, state);
    }

    @Override
    public CompletableFuture<Void> keepOutcome(String queueId, CountedOutcome outcome) {
        return queueOutcomes.record(queueId, outcome);
    }

    @Override
    public Map<String, List<CountedOutcome>> outcomesSince(Instant from) {
        return queueOutcomes.since(from);
    }

    @Override
    public CompletableFuture<Conversation> accepted(ConversationId id, String agentId) {
        return commands.accepted(id, agentId);
    }

    @Override
    public CompletableFuture<Conversation> mergeConversations(ConversationId target, ConversationId source) {
        return commands.mergeConversations(target, source);
    }

    /**
     * Names a customer the desk knew only by an address (a CRM named the caller), journalled as "customer-renamed".
     * Compare and set: only while the stored name is still {@code unnamedAs}, so a name that arrived meanwhile wins.
     * The name is cleaned to one line of visible characters. {@return whether the name was set}; fails with
     * {@link IllegalArgumentException} for a blank name. Kept and saved later while the store cannot write.
     */
    public CompletableFuture<Boolean> nameCustomer(CustomerId id, String unnamedAs, String name) {
        return commands.nameCustomer(id, unnamedAs, name);
    }

    @Override
    public CompletableFuture<Customer> mergeCustomers(CustomerId survivor, CustomerId absorbed) {
        return commands.mergeCustomers(survivor, absorbed);
    }

    @Override
    public CompletableFuture<Customer> splitCustomer(CustomerId source, Set<Address> addresses) {
        return commands.splitCustomer(source, addresses);
    }

    @Override
    public JournalSubscription subscribe(long afterSequence, JournalListener listener) {
        return hub.subscribe(afterSequence, listener);
    }

    /** Stops the outbox, finishes queued writes, closes subscriptions and releases the data directory. */
    @Override
    public void close() {
        sender.close();
        hub.close();
        readers.close();
        searchIndex.close();
        // The writer's connection closes last, so SQLite checkpoints the WAL into the main file and removes it.
        writer.close();
        database.close();
    }
}
