package org.samklang.core.internal.outbox;

import org.samklang.core.api.model.ChannelLimitProblem;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.Writer;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

/**
 * Hands persisted replies to their channel connectors and records the outcome.
 * <p>
 * {@link #runDue(Instant)} is one step: every due reply of every present, not offline connector gets one attempt.
 * The background loop ({@link #start()}) calls it and then waits until the next reply is due, a reply is queued, or
 * a connector appears; tests call it directly with the time they want, without sleeping. After a crash,
 * {@link #recoverInterruptedAttempts()} marks the attempts the sent-key ledger shows in flight as cut off and makes
 * their replies due again; they are sent with the same idempotency key, and the connector is told that an earlier
 * attempt's outcome is unknown, so a channel whose remote does not dedupe checks the remote or reports the delivery
 * uncertain instead of sending twice.
 */
public final class OutboxSender implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 100;
    /** Longest idle wait: offline connectors coming back online are noticed within it. */
    private static final Duration MAX_IDLE = Duration.ofSeconds(5);
    /** Pause when replies are due but none could be attempted (store failing), so the loop does not spin. */
    private static final Duration NO_PROGRESS_PAUSE = Duration.ofSeconds(1);

    private final Writer writer;
    private final ReadPool readers;
    private final OutboxStore store;
    private final OutboxLedger ledger;
    private final ConnectorRegistry registry;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private boolean wakeRequested;
    private volatile boolean closed;
    private Thread thread;

    public OutboxSender(Writer writer, ReadPool readers, OutboxStore store, ConnectorRegistry registry,
            RetryPolicy policy, RandomGenerator random, Clock clock) {
        this.writer = writer;
        this.readers = readers;
        this.store = store;
        this.ledger = new OutboxLedger(store, policy, random);
        this.registry = registry;
        this.clock = clock;
        registry.onAdded(this::wake);
    }

    /** Makes attempts cut short by a crash due now; call once at start-up, before the loop. Returns how many. */
    public int recoverInterruptedAttempts() {
        int count = writer.submit("outbox: recover", ledger::recoverInterrupted).join();
        if (count > 0) {
            LOG.log(Level.INFO, "outbox: {0} replies were being sent when Samklang stopped; sending them again"
                    + " with their idempotency keys", count);
        }
        return count;
    }

    /** One attempt for every reply due at {@code now}; returns how many attempts were made. */
    public int runDue(Instant now) {
        int attempts = 0;
        for (ChannelConnector connector : registry.all()) {
            if (isOffline(connector)) {
                continue;
            }
            List<OutboxItem> due = readers.read(session -> store.due(session, connector.id(), now, BATCH));
            for (OutboxItem item : due) {
                if (closed || !attempt(connector, item)) {
                    return attempts;
                }
                attempts++;
            }
        }
        return attempts;
    }

    /** When the next reply of a present, not offline connector is due, if any. */
    public Optional<Instant> nextDueAt() {
        Optional<Instant> next = Optional.empty();
        for (ChannelConnector connector : registry.all()) {
            if (isOffline(connector)) {
                continue;
            }
            Optional<Instant> due = readers.read(session -> store.nextDueAt(session, connector.id()));
            if (due.isPresent() && (next.isEmpty() || due.get().isBefore(next.get()))) {
                next = due;
            }
        }
        return next;
    }

    /** {@return the sent-key ledger's outcome of each attempt of a message, in order; null for one in flight} */
    public List<String> attemptOutcomes(MessageId id) {
        return readers.read(session -> ledger.attemptOutcomes(session, id)).stream()
                .map(outcome -> outcome == null ? null : outcome.name()).toList();
    }

    /** Applies a delivery receipt (through the writer, ordered with the sender's own results). */
    public CompletableFuture<DeliveryReceipt.Outcome> applyReceipt(DeliveryReceipt receipt) {
        return writer.submit("outbox: receipt", transaction -> ledger.applyReceipt(transaction, receipt));
    }

    /** Asks the loop to look for due replies now (a reply was queued, a connector appeared). */
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Starts the background loop. */
    public void start() {
        thread = Thread.ofPlatform().daemon().name("samklang-outbox").start(this::loop);
    }

    @Override
    public void close() {
        closed = true;
        wake();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean attempt(ChannelConnector connector, OutboxItem item) {
        try {
            MessageId id = item.messageId();
            Optional<ChannelLimitProblem> refusal = beyondLimits(connector, item);
            if (refusal.isPresent()) {
                LOG.log(Level.INFO, "outbox: {0} no longer fits {1} and is not sent: {2}", id, item.channelId(),
                        refusal.get().englishText());
                writer.submit("outbox: refuse", tx -> {
                    ledger.refuse(tx, id, refusal.get().toStored());
                    return null;
                }).join();
                return true;
            }
            Optional<SendAttempt> started = writer.submit("outbox: start attempt", tx -> ledger.startAttempt(tx, id))
                    .join();
            if (started.isEmpty()) {
                return true;
            }
            SendAttempt attempt = started.get();
            List<String> threadKeys = readers.read(session -> store.threadKeys(session, item.conversationId(),
                    item.channelId()));
            AttemptResult result = send(connector, item, attempt, threadKeys);
            writer.submit("outbox: record result", tx -> {
                ledger.recordResult(tx, id, attempt.number(), result);
                return null;
            }).join();
            return true;
        } catch (StoreUnavailableException e) {
            // The store's health says so once (status line, banner, log); the reply stays queued or sending, and
            // the ledger shows its attempt in flight, so the next start knows its outcome is unknown.
            LOG.log(Level.DEBUG, "outbox: the store cannot record an attempt for {0}; will try again: {1}",
                    item.messageId(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof StoreUnavailableException unavailable) {
                LOG.log(Level.DEBUG, "outbox: the store cannot record an attempt for {0}; will try again: {1}",
                        item.messageId(), unavailable.getMessage());
            } else {
                LOG.log(Level.WARNING, "outbox: could not record an attempt for " + item.messageId()
                        + "; will try again", e);
            }
            return false;
        }
    }

    /** Checks the reply against what the channel declares now; a plugin that fails to declare is not judged. */
    private Optional<ChannelLimitProblem> beyondLimits(ChannelConnector connector, OutboxItem item) {
        ChannelCapabilities declared;
        try {
            declared = connector.capabilities();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "connector " + connector.id() + " failed to declare its capabilities"
                    + " (plugin bug); sending without checking them", e);
            return Optional.empty();
        }
        if (declared == null) {
            LOG.log(Level.ERROR, "connector {0} declares no capabilities (plugin bug); sending without checking",
                    connector.id());
            return Optional.empty();
        }
        Optional<Instant> lastWrote = readers.read(session -> store.customerLastWrote(session,
                item.conversationId(), item.channelId()));
        return ChannelLimits.problem(item, declared, lastWrote, clock.instant());
    }

    private static AttemptResult send(ChannelConnector connector, OutboxItem item, SendAttempt attempt,
            List<String> keys) {
        try {
            SendResult result = connector.send(item.toOutbound(keys), attempt);
            if (result == null) {
                LOG.log(Level.ERROR, "connector {0} returned no send result (plugin bug); its outcome is unknown,"
                        + " the next attempt says so", connector.id());
                return AttemptResult.unknown("connector returned no result");
            }
            return AttemptResult.of(result);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "connector " + connector.id() + " threw instead of reporting a result"
                    + " (plugin bug); its outcome is unknown, the next attempt says so", e);
            return AttemptResult.unknown("connector failed: " + e);
        }
    }

    private static boolean isOffline(ChannelConnector connector) {
        try {
            return connector.health().status() == ConnectorHealth.Status.OFFLINE;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "connector " + connector.id() + " failed to report its health", e);
            return true;
        }
    }

    private void loop() {
        while (!closed) {
            try {
                int attempts = runDue(clock.instant());
                Duration wait = nextDueAt().map(due -> Duration.between(clock.instant(), due)).orElse(MAX_IDLE);
                if (attempts == 0 && !wait.isPositive()) {
                    wait = NO_PROGRESS_PAUSE;
                }
                waitFor(wait.compareTo(MAX_IDLE) > 0 ? MAX_IDLE : wait);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbox: round failed; retrying shortly", e);
                waitFor(MAX_IDLE);
            }
        }
    }

    private void waitFor(Duration wait) {
        lock.lock();
        try {
            long nanos = Math.max(0, wait.toNanos());
            while (!wakeRequested && !closed && nanos > 0) {
                nanos = wakeUp.awaitNanos(nanos);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }
}
