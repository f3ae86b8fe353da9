package org.samklang.core.internal.context;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.api.model.CustomerRecord;

/**
 * Asks the CRM for the name of every new customer the desk knows only by an address (a caller's number), so the
 * list, the call bar and the timeline say "Kjell Persson" before anyone opens the card.
 * <p>
 * Driven by the journal's "customer-created" events; one daemon thread works through a bounded queue, each CRM call
 * bounded by {@link CustomerContextAssembler#CONNECTOR_TIMEOUT}. A flood of new customers (a backlog arriving at
 * once) drops lookups beyond the queue rather than piling them up: those customers are named when their card is
 * opened. Only a single clear match names a customer; the name is set with compare and set, so a name that arrived
 * meanwhile (a channel, a merge) wins. CRM failures are logged and cost nothing else.
 */
public final class CustomerNamer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CustomerNamer.class.getName());
    static final int QUEUE = 1_000;

    private final CoreEngine engine;
    private final Supplier<Optional<Lookup>> crm;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread thread = new Thread(r, "samklang-customer-namer");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicLong named = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private JournalSubscription subscription;

    /** The one CRM call the namer makes: {@link CustomerDirectory#findByAddress}. */
    @FunctionalInterface
    public interface Lookup {

        CompletableFuture<List<CustomerRecord>> findByAddress(Address address);
    }

    /** A namer asking the CRM {@code crm} names at the time of each lookup (CRMs come and go as plugins). */
    public CustomerNamer(CoreEngine engine, Supplier<Optional<Lookup>> crm) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.crm = Objects.requireNonNull(crm, "crm");
    }

    /** Follows the journal from now on. */
    public void start() {
        subscription = engine.subscribe(engine.lastSequence(), event -> {
            if (event instanceof JournalEvent.CustomerCreated created) {
                submit(created.customerId());
            }
        });
    }

    /** {@return how many customers got a name from the CRM so far} */
    public long named() {
        return named.get();
    }

    /** {@return how many lookups a full queue dropped so far} */
    public long dropped() {
        return dropped.get();
    }

    private void submit(CustomerId id) {
        try {
            worker.execute(() -> nameFromCrm(id));
        } catch (RejectedExecutionException e) {
            if (dropped.incrementAndGet() % QUEUE == 1) {
                LOG.log(System.Logger.Level.INFO, "CRM name lookups dropped so far: {0} (queue full)", dropped.get());
            }
        }
    }

    private void nameFromCrm(CustomerId id) {
        Optional<Lookup> directory = crm.get();
        Optional<Customer> customer = engine.customer(id).filter(CustomerNamer::knownOnlyByAddress);
        if (directory.isEmpty() || customer.isEmpty() || customer.get().addresses().isEmpty()) {
            return;
        }
        Address address = customer.get().addresses().get(0);
        List<CustomerRecord> records;
        try {
            records = directory.get().findByAddress(address)
                    .get(CustomerContextAssembler.CONNECTOR_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no CRM name for customer {0}: {1}", id.value(), e.toString());
            return;
        }
        if (records == null || records.size() != 1 || records.get(0).name().isBlank()) {
            return; // none, or several: the card lets the agent see which
        }
        engine.nameCustomer(id, customer.get().displayName(), records.get(0).name()).whenComplete((set, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "could not name customer {0}: {1}", id.value(), error.toString());
            } else if (set) {
                named.incrementAndGet();
            }
        });
    }

    /** No name, or the name is one of the customer's own addresses (how some channels report a caller). */
    static boolean knownOnlyByAddress(Customer customer) {
        String name = customer.displayName().strip();
        return name.isEmpty() || customer.addresses().stream().anyMatch(address -> address.value().equals(name));
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdownNow();
    }
}
