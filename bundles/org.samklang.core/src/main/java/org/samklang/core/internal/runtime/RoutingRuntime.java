package org.samklang.core.internal.runtime;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.calls.CallSettings;
import org.samklang.core.internal.config.DeskRouting;
import org.samklang.core.internal.conversation.ConversationRouting;
import org.samklang.core.internal.presence.EffectivePresenceChange;
import org.samklang.core.internal.presence.PresenceEngine;
import org.samklang.core.internal.routing.QueueDefinition;
import org.samklang.core.internal.routing.RoutingCommand;
import org.samklang.core.internal.routing.RoutingDecision;
import org.samklang.core.internal.routing.RoutingEngine;
import org.samklang.core.internal.sla.CountedOutcome;

/**
 * Drives the routing engine for one desk: new conversations from the journal become work, presence changes make
 * agents routable or not, and routing decisions go back into the store and presence.
 * <p>
 * The routing engine is single-threaded by contract; every call to it runs on this runtime's one thread, so the
 * journal listener, presence listener, clock tick and service calls only enqueue. Figures are published as an
 * immutable list, so {@link #queues()} never blocks.
 * <p>
 * The figures are derived from the store, so they say the same before and after a restart: work waits from the
 * conversation's opening time (also when re-queued, in any order), a conversation answered or closed outside an
 * offer (at the phone, from the list) leaves its queue as answered or abandoned, and everything a queue counts is
 * kept and counted again at start, so today's service level goes on where it was.
 */
public final class RoutingRuntime implements QueueService, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RoutingRuntime.class.getName());
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int REQUEUE_PAGE = 500;
    /**
     * A call older than this when routing first sees it rang before the desk listened (the PBX's call log): the call
     * book files it as history, and it never waits in a queue here. The call book's own live window.
     */
    private static final Duration CALL_HISTORY = CallSettings.defaults().liveWindow();

    private final RoutingEngine engine;
    private final DeskRouting routing;
    private final ConversationService conversations;
    private final ConversationRouting routes;
    private final PresenceEngine presence;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samklang-routing");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<List<QueueFigures>>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<QueueFigures> figures = List.of();
    private volatile List<Offer> offers = List.of();
    /** Agents the engine knows; presence changes of everyone else (receptionists, managers) are not routing's. */
    private final java.util.Set<String> agents = new java.util.HashSet<>();
    /** Each registered agent's queues, computed on the routing thread when the agent registers. */
    private final java.util.Map<String, List<String>> queuesOfAgent = new java.util.concurrent.ConcurrentHashMap<>();
    private JournalSubscription journal;
    /** Set on the routing thread once start has counted the store's work; figures are published from then on. */
    private boolean started;
    /** Whether the last outcome could not be kept; a failing store is logged once, not per outcome. */
    private volatile boolean keepingFails;

    /**
     * A runtime for the desk's {@code routing} configuration; the engine is built from its settings. {@code routes}
     * stores each arrived conversation's queue, skills, priority and SLA deadline.
     */
    public RoutingRuntime(DeskRouting routing, Clock clock, ConversationService conversations,
            ConversationRouting routes, PresenceEngine presence) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.engine = new RoutingEngine(routing.settings(), clock);
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Defines the desk's queues, counts what they counted earlier today, re-queues open unassigned work from the
     * store, and starts listening.
     */
    public void start() {
        run(() -> {
            routing.queues().forEach(q -> apply(new RoutingCommand.DefineQueue(q)));
            restoreTodaysFigures();
            long from = conversations.lastSequence();
            requeueWaitingWork();
            journal = conversations.subscribe(from, new WorkListener());
            // The first figures anyone sees are whole: not "nobody waiting" half-way through the re-queue.
            started = true;
            publish();
        });
        presence.addListener(this::presenceChanged);
        thread.scheduleWithFixedDelay(() -> safely(() -> apply(new RoutingCommand.Tick())), TICK.toMillis(),
                TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Registers the agents among the people of a freshly loaded directory, routable as presence says. */
    public void registerAgents(Collection<Person> people) {
        run(() -> {
            int index = 0;
            for (Person person : people) {
                if (routing.agents().isAgent(person) && agents.add(person.id())) {
                    apply(new RoutingCommand.RegisterAgent(routing.agents().profileOf(person, index++)));
                    queuesOfAgent.put(person.id(), engine.queuesOf(person.id()));
                    boolean routable = presence.effectivePresence(person.id()).map(p -> p.routable()).orElse(false);
                    apply(new RoutingCommand.SetAgentRoutable(person.id(), routable));
                }
            }
        });
    }

    @Override
    public List<QueueFigures> queues() {
        return figures;
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<QueueFigures>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public List<String> queuesOf(String agentId) {
        return queuesOfAgent.getOrDefault(agentId, List.of());
    }

    @Override
    public List<Offer> openOffers() {
        return offers;
    }

    @Override
    public CompletableFuture<Void> accept(String itemId, String agentId) {
        return call(() -> {
            requireAccepted(apply(new RoutingCommand.OfferAccepted(itemId, agentId)));
            ConversationId id = new ConversationId(Long.parseLong(itemId));
            logIfNotStored(routes.accepted(id, agentId), "acceptance", id);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> decline(String itemId, String agentId) {
        return call(() -> {
            requireAccepted(apply(new RoutingCommand.OfferDeclined(itemId, agentId)));
            return null;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
        if (journal != null) {
            journal.close();
        }
    }

    private void restoreTodaysFigures() {
        ZoneId zone = routing.settings().serviceLevel().zone();
        Instant midnight = clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Map<String, List<CountedOutcome>> kept = routes.outcomesSince(midnight);
        for (QueueDefinition queue : routing.queues()) {
            List<CountedOutcome> outcomes = kept.getOrDefault(queue.id(), List.of());
            if (!outcomes.isEmpty()) {
                apply(new RoutingCommand.RestoreFigures(queue.id(), outcomes));
            }
        }
    }

    private void requeueWaitingWork() {
        PageRequest page = PageRequest.first(REQUEUE_PAGE);
        while (true) {
            Page<Conversation> open = conversations.inbox(InboxQuery.of(InboxQuery.View.UNASSIGNED), page);
            open.items().forEach(this::arrived);
            if (!open.hasNext()) {
                return;
            }
            page = PageRequest.after(open.nextCursor().orElseThrow(), REQUEUE_PAGE);
        }
    }

    /** The customer's wait counts from when the conversation opened, also for work re-queued after a restart. */
    private void arrived(Conversation conversation) {
        // Conversations the desk opened itself (a taken message, an agent's outbound email) are not waiting work,
        // nor are conversations answered or closed by the time routing reads them.
        if (!conversation.state().awaitsAnswer() || conversation.assignee().isPresent()) {
            return;
        }
        if (conversation.mediaType() == MediaType.VOICE
                && conversation.openedAt().isBefore(clock.instant().minus(CALL_HISTORY))) {
            return;
        }
        String queueId = routing.queueFor(conversation.channelId(), conversation.mediaType());
        store(conversation, queueId);
        apply(new RoutingCommand.WorkArrived(String.valueOf(conversation.id().value()), queueId, OptionalInt.empty(),
                java.util.Optional.of(conversation.openedAt())));
    }

    /**
     * Writes the queue's skills and priority and the SLA deadline (opened at + the queue's target time) on the
     * conversation, unless it already carries them (work re-queued after a restart). Does not wait for the write:
     * routing goes on from memory; the engine keeps the write while the store cannot write and saves it later.
     */
    private void store(Conversation conversation, String queueId) {
        QueueDefinition queue = routing.queues().stream().filter(q -> q.id().equals(queueId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no queue '" + queueId + "' is configured"));
        Instant deadline = conversation.openedAt().plus(queue.target().threshold());
        boolean stored = conversation.queueId().equals(java.util.Optional.of(queueId))
                && conversation.skillsNeeded().equals(queue.requiredSkills())
                && conversation.priority() == queue.priority()
                && conversation.slaDeadline().equals(java.util.Optional.of(deadline));
        if (stored) {
            return;
        }
        logIfNotStored(routes.route(conversation.id(), queueId, queue.requiredSkills(), queue.priority(), deadline),
                "queue", conversation.id());
    }

    /**
     * Routing's writes are kept by the engine while the store cannot write, so a failure here means the id was
     * unknown or the engine closed first.
     */
    private static void logIfNotStored(CompletableFuture<?> write, String what, ConversationId id) {
        write.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "could not store the {0} of conversation {1}: {2}", what, id.value(),
                        failure.toString());
            }
        });
    }

    private void presenceChanged(EffectivePresenceChange change) {
        run(() -> {
            boolean changed = change.before() == null || change.before().routable() != change.after().routable();
            if (agents.contains(change.personId()) && changed) {
                apply(new RoutingCommand.SetAgentRoutable(change.personId(), change.after().routable()));
            }
        });
    }

    /** Hands a command to the engine and acts on what it decided. Runs on the routing thread only. */
    private List<RoutingDecision> apply(RoutingCommand command) {
        List<RoutingDecision> decisions = engine.handle(command);
        for (RoutingDecision decision : decisions) {
            act(decision);
        }
        publish();
        return decisions;
    }

    private void act(RoutingDecision decision) {
        switch (decision) {
            case RoutingDecision.OfferWork offer -> waiting(offer.offer().itemId(), ConversationState.OFFERED);
            case RoutingDecision.Requeued requeued -> waiting(requeued.itemId(), ConversationState.QUEUED);
            case RoutingDecision.Counted counted -> keep(counted);
            case RoutingDecision.SetNotReady notReady -> presence.markNotResponding(notReady.agentId());
            case RoutingDecision.Rejected rejected -> LOG.log(Level.DEBUG, "routing rejected {0}: {1}",
                    rejected.command(), rejected.reason());
            default -> LOG.log(Level.DEBUG, "routing decided {0}", decision);
        }
    }

    /** The conversation's state says how it waits; an answer or close that came meanwhile wins. */
    private void waiting(String itemId, ConversationState state) {
        routes.markWaiting(new ConversationId(Long.parseLong(itemId)), state).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "could not mark conversation {0} {1}: {2}", itemId, state, failure.toString());
            }
        });
    }

    private void keep(RoutingDecision.Counted counted) {
        routes.keepOutcome(counted.queueId(), counted.outcome()).whenComplete((kept, failure) -> {
            if (failure == null) {
                keepingFails = false;
            } else if (!keepingFails) {
                keepingFails = true;
                LOG.log(Level.WARNING, "queue figures could not be kept in the store; after a restart today''s"
                        + " figures will miss what was counted from now until the store works again: {0}",
                        failure.toString());
            }
        });
    }

    private void publish() {
        if (!started) {
            return;
        }
        List<QueueFigures> now = engine.queueFigures();
        offers = engine.openOffers();
        if (!now.equals(figures)) {
            figures = now;
            listeners.forEach(l -> l.accept(now));
        }
    }

    private static void requireAccepted(List<RoutingDecision> decisions) {
        for (RoutingDecision decision : decisions) {
            if (decision instanceof RoutingDecision.Rejected rejected) {
                throw new IllegalStateException(rejected.reason());
            }
        }
    }

    private void run(Runnable task) {
        thread.execute(() -> safely(task));
    }

    private <T> CompletableFuture<T> call(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, thread);
    }

    private static void safely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // One bad event must not stop routing for the whole desk.
            LOG.log(Level.ERROR, "routing step failed", e);
        }
    }

    /**
     * New and reopened conversations become work; one answered outside an offer leaves its queue; a closed one
     * frees its agent (or, never answered, counts as abandoned).
     */
    private final class WorkListener implements JournalListener {

        @Override
        public void onEvent(JournalEvent event) {
            if (event instanceof JournalEvent.ConversationOpened opened) {
                arriveFromStore(opened.conversationId());
            } else if (event instanceof JournalEvent.ConversationStateChanged changed) {
                String itemId = String.valueOf(changed.conversationId().value());
                ConversationState previous = changed.previous();
                ConversationState current = changed.current();
                if (!previous.awaitsAnswer() && current.awaitsAnswer()) {
                    // Reopened, or a new call on an answered conversation: the earlier wait is over, a new one starts.
                    run(() -> apply(new RoutingCommand.WorkEnded(itemId)));
                    arriveFromStore(changed.conversationId());
                } else if (current == ConversationState.CLOSED) {
                    run(() -> apply(new RoutingCommand.WorkEnded(itemId)));
                } else if (previous.awaitsAnswer() && !current.awaitsAnswer()) {
                    run(() -> apply(new RoutingCommand.WorkAnswered(itemId)));
                }
            }
        }

        /** The wait counts from the conversation's opening time as stored, not from when routing learnt of it. */
        private void arriveFromStore(ConversationId id) {
            run(() -> conversations.conversation(id).ifPresent(RoutingRuntime.this::arrived));
        }
    }
}
