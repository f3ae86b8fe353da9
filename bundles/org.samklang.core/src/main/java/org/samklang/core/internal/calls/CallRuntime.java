package org.samklang.core.internal.calls;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.samklang.core.api.CallService;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallOutcome.Problem;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.api.model.WrapUpCode;
import org.samklang.core.internal.calls.CallBook.Change;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.Telephony;

/**
 * The desk's phone: takes every {@link Telephony} connector's call events, files each one in the journal through
 * the ordinary {@link InboundSink} (so identity, store, timeline and journal treat calls like any channel), keeps
 * the live state of the calls at the desk, and sends the agent's commands to the PBX.
 * <p>
 * <b>Threading.</b> One calls thread owns the state: events, command checks, results and listener calls all run on
 * it, in order. Connector commands run on worker threads with a timeout, so a PBX that blocks or never answers
 * costs the agent a few seconds and a message, never the desk.
 */
public final class CallRuntime implements CallService, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CallRuntime.class.getName());
    /** How often call events the store could not take are filed again. */
    static final Duration FILING_RETRY = Duration.ofSeconds(1);

    private final InboundSink sink;
    private final CallLookup lookup;
    private final CallPresence presence;
    private final Clock clock;
    private final CallSettings settings;
    private final Executor callsThread;
    private final Executor workers;
    private final PbxCommands commands;
    private final Runnable shutdown;
    private final CallBook book;
    private final CallEventMessages messages = new CallEventMessages();
    private final CallFiling filing;
    private final CallRules rules = new CallRules();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<Telephony, CallEventBuffer> telephonies = new ConcurrentHashMap<>();
    private volatile List<DeskCall> snapshot = List.of();

    /** A runtime on the given threads; tests pass executors they drive by hand. */
    public CallRuntime(InboundSink sink, CallLookup lookup, CallPresence presence, Clock clock, CallSettings settings,
            Executor callsThread, Executor workers, Deadlines deadlines, Runnable shutdown) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.callsThread = callsThread;
        this.workers = workers;
        this.commands = new PbxCommands(workers, deadlines, settings.commandTimeout());
        this.shutdown = shutdown;
        this.book = new CallBook(settings.liveWindow(), settings.maxLiveCalls());
        this.filing = new CallFiling(sink, callsThread, deadlines, FILING_RETRY);
    }

    /** {@return a runtime with its own calls thread and PBX worker threads} */
    public static CallRuntime start(InboundSink sink, CallLookup lookup, CallPresence presence, Clock clock,
            CallSettings settings) {
        ScheduledExecutorService calls = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "samklang-calls"));
        ExecutorService pbx = Executors.newCachedThreadPool(r -> daemon(r, "samklang-calls-pbx"));
        return new CallRuntime(sink, lookup, presence, clock, settings, calls, pbx, Deadlines.on(calls), () -> {
            calls.shutdownNow();
            pbx.shutdownNow();
        });
    }

    // ---- connectors ----

    /** Starts taking call events from a connector that came; subscribes to them now. */
    public void addTelephony(Telephony telephony) {
        addTelephony(telephony, CallEventBuffer.subscribe(telephony));
    }

    /**
     * Starts taking call events from a connector the core subscribed to earlier, through {@code subscription}: what
     * it reported meanwhile is filed first, in order.
     */
    public void addTelephony(Telephony telephony, CallEventBuffer subscription) {
        if (telephonies.putIfAbsent(telephony, subscription) != null) {
            return;
        }
        subscription.attach(event -> intake(telephony, event));
    }

    /** Stops taking call events from a connector that left; its calls leave the desk (wrap-ups stay). */
    public void removeTelephony(Telephony telephony) {
        CallEventBuffer subscription = telephonies.remove(telephony);
        if (subscription == null) {
            return;
        }
        subscription.close();
        try {
            telephony.stopCallEvents();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "phone connector " + PbxCommands.name(telephony) + " did not stop", e);
        }
        runOn(callsThread, () -> book.dropCallsOf(telephony).forEach(this::publish));
    }

    /** The connector's listener: hands the event to the calls thread and returns, as the SPI promises. */
    private void intake(Telephony telephony, CallEvent event) {
        runOn(callsThread, () -> onEvent(telephony, event));
    }

    private void onEvent(Telephony telephony, CallEvent event) {
        if (event == null) {
            LOG.log(Level.WARNING, "null call event from {0} ignored", PbxCommands.name(telephony));
            return;
        }
        if (!telephonies.containsKey(telephony)) {
            LOG.log(Level.INFO, "call event from the departed connector {0} ignored: {1}",
                    PbxCommands.name(telephony), event);
            return;
        }
        Optional<String> transferPerson = book.get(event.callId()).flatMap(CallBook.Tracked::transferPerson);
        Change change = book.apply(event, telephony, clock.instant());
        switch (change) {
            case CallBook.Updated updated -> {
                publish(updated.call());
                if (updated.call().state() == CallState.WRAP_UP) {
                    presence.wrapUpStarted();
                }
            }
            case CallBook.Left left -> publish(left.call());
            case CallBook.Unchanged unchanged -> LOG.log(unchanged.quiet() ? Level.DEBUG : Level.INFO,
                    "call event {0} of {1}: {2}", CallEventMessages.eventName(event), event.callId(), unchanged.why());
        }
        file(telephony, event, transferPerson);
    }

    /**
     * Every event goes to the journal, also those that change nothing live: the timeline is the record. While the
     * store cannot write, events are kept and filed later ({@link CallFiling}).
     */
    private void file(Telephony telephony, CallEvent event, Optional<String> transferPerson) {
        InboundMessage message;
        try {
            // The desk's agent wraps up a call that ended here: its conversation waits for that (CallStates).
            boolean afterCallWork = event instanceof CallEvent.Ended && book.get(event.callId())
                    .filter(t -> t.call().state() == CallState.WRAP_UP).isPresent();
            message = messages.toInbound(channelOf(telephony), event, transferPerson, afterCallWork);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call event " + event + " could not be filed", e);
            return;
        }
        filing.file(message, stored -> {
            if (event instanceof CallEvent.Ringing) {
                ringingFiled(event.callId(), stored);
            }
        });
    }

    /** The ringing call now has its conversation and customer: this update is the screen pop. */
    private void ringingFiled(String callId, InboundReceipt stored) {
        if (book.get(callId).isEmpty()) {
            return;
        }
        try {
            var conversation = stored.conversationId().orElseThrow();
            var customer = lookup.customerOf(conversation);
            var caller = stored.messageId().flatMap(lookup::senderOf);
            book.filed(callId, conversation, customer, caller).ifPresent(this::publish);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the conversation of call " + callId + " could not be read", e);
        }
    }

    private void publish(DeskCall call) {
        snapshot = book.calls();
        for (Listener listener : listeners) {
            try {
                listener.callChanged(call);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a call listener failed on " + call.callId(), e);
            }
        }
    }

    // ---- CallService ----

    @Override
    public boolean available() {
        return !telephonies.isEmpty();
    }

    @Override
    public List<DeskCall> calls() {
        return snapshot;
    }

    @Override
    public Optional<DeskCall> call(String callId) {
        return snapshot.stream().filter(c -> c.callId().equals(callId)).findFirst();
    }

    @Override
    public List<WrapUpCode> wrapUpCodes() {
        return settings.wrapUpCodes();
    }

    @Override
    public CompletableFuture<CallOutcome> answer(String callId) {
        return control(callId, rules::answer, t -> t.answer(callId), "answer");
    }

    @Override
    public CompletableFuture<CallOutcome> hold(String callId) {
        return control(callId, rules::hold, t -> t.hold(callId), "hold");
    }

    @Override
    public CompletableFuture<CallOutcome> resume(String callId) {
        return control(callId, rules::resume, t -> t.resume(callId), "resume");
    }

    @Override
    public CompletableFuture<CallOutcome> transfer(String callId, TransferRequest request) {
        if (request == null) {
            return CompletableFuture.completedFuture(new CallOutcome.Refused(Problem.NO_TARGET));
        }
        var kind = request.mode();
        return control(callId, call -> rules.transfer(call, request),
                t -> t.transfer(callId, kind, request.target().strip()), "transfer", request);
    }

    @Override
    public CompletableFuture<CallOutcome> completeTransfer(String callId) {
        return control(callId, rules::consultation, t -> t.completeTransfer(callId), "completeTransfer");
    }

    @Override
    public CompletableFuture<CallOutcome> cancelTransfer(String callId) {
        return control(callId, rules::consultation, t -> t.cancelTransfer(callId), "cancelTransfer");
    }

    @Override
    public CompletableFuture<CallOutcome> hangUp(String callId) {
        return control(callId, rules::hangUp, t -> t.hangUp(callId), "hangUp");
    }

    @Override
    public CompletableFuture<CallOutcome> wrapUp(String callId, String wrapUpCode) {
        if (CallRules.blank(callId)) {
            return CompletableFuture.completedFuture(CallRules.noCall());
        }
        CompletableFuture<CallOutcome> result = new CompletableFuture<>();
        runOn(callsThread, result, () -> new WrapUp(callId, wrapUpCode, result).begin());
        return result;
    }

    @Override
    public Subscription subscribe(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        telephonies.keySet().forEach(this::removeTelephony);
        listeners.clear();
        shutdown.run();
    }

    // ---- commands ----

    private CompletableFuture<CallOutcome> control(String callId, CallRules.Rule rule, PbxOp op, String name) {
        return control(callId, rule, op, name, null);
    }

    private CompletableFuture<CallOutcome> control(String callId, CallRules.Rule rule, PbxOp op, String name,
            TransferRequest transfer) {
        if (CallRules.blank(callId)) {
            return CompletableFuture.completedFuture(CallRules.noCall());
        }
        CompletableFuture<CallOutcome> result = new CompletableFuture<>();
        runOn(callsThread, result, () -> {
            Optional<CallBook.Tracked> tracked = book.get(callId);
            if (tracked.isEmpty()) {
                result.complete(CallRules.unknown(callId));
                return;
            }
            Optional<CallOutcome> decided = rule.check(tracked.get().call())
                    .or(() -> rules.capabilityProblem(tracked.get().telephony(), name, transfer));
            if (decided.isPresent()) {
                result.complete(decided.get());
                return;
            }
            if (transfer != null) {
                book.transferRequested(callId, transfer.personId());
            }
            commands.send(tracked.get().telephony(), name + " " + callId, op::apply)
                    .whenComplete((outcome, error) -> runOn(callsThread, result, () -> {
                        afterCommand(callId, transfer, outcome);
                        result.complete(outcome);
                    }));
        });
        return result;
    }

    private void afterCommand(String callId, TransferRequest transfer, CallOutcome outcome) {
        if (transfer == null) {
            return;
        }
        if (!(outcome instanceof CallOutcome.Done)) {
            book.transferRequested(callId, Optional.empty());
        } else if (transfer.mode() == TransferMode.CONSULTATIVE) {
            book.consulting(callId, transfer.target().strip(), transfer.personId()).ifPresent(this::publish);
        }
    }

    /** Files the wrap-up code with the call's conversation; the call leaves the desk once it is stored. */
    private final class WrapUp {

        private final String callId;
        private final String code;
        private final CompletableFuture<CallOutcome> result;

        WrapUp(String callId, String code, CompletableFuture<CallOutcome> result) {
            this.callId = callId;
            this.code = code;
            this.result = result;
        }

        void begin() {
            Optional<CallBook.Tracked> tracked = book.get(callId);
            Optional<CallOutcome> refusal = tracked.isEmpty()
                    ? Optional.of(CallRules.unknown(callId))
                    : rules.wrapUp(tracked.get(), code, settings.wrapUpCodes());
            if (refusal.isPresent()) {
                result.complete(refusal.get());
                return;
            }
            book.wrappingUp(callId, true);
            CompletableFuture<InboundReceipt> stored;
            try {
                stored = sink.accept(messages.wrapUp(channelOf(tracked.get().telephony()), callId, code.strip(),
                        clock.instant()));
            } catch (RuntimeException e) {
                stored = CompletableFuture.failedFuture(e);
            }
            stored.whenComplete((receipt, error) -> runOn(callsThread, result, () -> finish(receipt, error)));
        }

        private void finish(InboundReceipt receipt, Throwable error) {
            if (error != null || receipt.status() == InboundReceipt.Status.REJECTED) {
                book.wrappingUp(callId, false);
                String why = error != null ? String.valueOf(error.getMessage()) : receipt.detail();
                LOG.log(Level.WARNING, "wrap-up of call {0} not stored: {1}", callId, why);
                result.complete(new CallOutcome.Unreachable(Problem.WRAP_UP_NOT_SAVED, why));
                return;
            }
            book.remove(callId).ifPresent(CallRuntime.this::publish);
            if (!book.anyInWrapUp()) {
                presence.wrapUpEnded();
            }
            result.complete(new CallOutcome.Done());
        }
    }

    /** A connector command, named so the lambdas above read as what they send. */
    @FunctionalInterface
    private interface PbxOp {

        CompletableFuture<CallControlResult> apply(Telephony telephony);
    }

    private static String channelOf(Telephony telephony) {
        return CallEventMessages.phoneChannelOf(PbxCommands.name(telephony));
    }

    private static void runOn(Executor executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "the call runtime is closed; dropped a task");
        }
    }

    private static void runOn(Executor executor, CompletableFuture<CallOutcome> result, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "call command failed inside the desk", e);
                    result.complete(new CallOutcome.Unreachable(Problem.DESK_FAILED, e.toString()));
                }
            });
        } catch (RejectedExecutionException e) {
            result.complete(new CallOutcome.Unreachable(Problem.SHUTTING_DOWN));
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
