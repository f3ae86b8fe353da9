package org.samklang.core.internal.context;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.CustomerContextService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ContextSection;
import org.samklang.core.api.model.ContextSection.State;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerContext;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.OrdersAndInvoices;

/** One customer-context request: its current snapshot, and the loads that refine it. */
final class ContextLoad implements CustomerContextService.Handle {

    private static final System.Logger LOG = System.getLogger(ContextLoad.class.getName());
    private static final int EARLIER_MESSAGES = 200;
    private static final int ORDER_LIMIT = 10;

    private final Address address;
    private final Consumer<CustomerContext> listener;
    private final ConversationService conversations;
    private final Optional<CustomerDirectory> crm;
    private final Optional<OrderHistory> erp;
    private final Executor executor;
    private final Locale locale;
    private final AtomicReference<CustomerContext> current;
    private volatile boolean closed;

    ContextLoad(Address address, Consumer<CustomerContext> listener, ConversationService conversations,
            Optional<CustomerDirectory> crm, Optional<OrderHistory> erp, Executor executor, Locale locale) {
        this.address = address;
        this.listener = listener;
        this.conversations = conversations;
        this.crm = crm;
        this.erp = erp;
        this.executor = executor;
        this.locale = locale;
        this.current = new AtomicReference<>(new CustomerContext(address, Optional.empty(),
                crm.isPresent() ? ContextSection.loading() : ContextSection.of(State.NO_SOURCE, ""),
                erp.isPresent() ? ContextSection.loading() : ContextSection.of(State.NO_SOURCE, ""),
                erp.isPresent() ? ContextSection.loading() : ContextSection.of(State.NO_SOURCE, ""),
                ContextSection.loading()));
    }

    void start() {
        CompletableFuture.runAsync(this::loadFromStore, executor);
        crm.ifPresent(directory -> bounded(directory.findByAddress(address, locale)).whenCompleteAsync(
                (records, error) -> crmAnswered(directory, records, error), executor));
    }

    @Override
    public CustomerContext current() {
        return current.get();
    }

    @Override
    public void close() {
        closed = true;
    }

    private void loadFromStore() {
        try {
            Optional<Customer> customer = conversations.customerByAddress(address);
            List<Conversation> earlier = customer.map(this::conversationsOf).orElse(List.of());
            update(c -> new CustomerContext(c.address(), customer, c.crm(), c.orders(), c.invoices(),
                    ContextSection.loaded(earlier)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "earlier conversations could not be read", e);
            update(c -> new CustomerContext(c.address(), c.customer(), c.crm(), c.orders(), c.invoices(),
                    ContextSection.of(State.FAILED, String.valueOf(e.getMessage()))));
        }
    }

    /** The customer's conversations, newest first, from the newest part of their cross-channel timeline. */
    private List<Conversation> conversationsOf(Customer customer) {
        List<Message> messages = conversations.timeline(customer.id(), PageRequest.first(EARLIER_MESSAGES)).items();
        Map<ConversationId, Conversation> seen = new LinkedHashMap<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            ConversationId id = messages.get(i).conversationId();
            if (!seen.containsKey(id)) {
                conversations.conversation(id).ifPresent(c -> seen.put(id, c));
            }
        }
        return List.copyOf(seen.values());
    }

    private void crmAnswered(CustomerDirectory directory, List<CustomerRecord> records, Throwable error) {
        if (error != null) {
            update(c -> withCrm(c, failure(directory.displayName(), error)));
            erp.ifPresent(h -> update(c -> withErp(c, ContextSection.of(State.BLOCKED, ""))));
            return;
        }
        if (records.isEmpty()) {
            update(c -> withCrm(c, ContextSection.of(State.NOT_FOUND, "")));
            erp.ifPresent(h -> update(c -> withErp(c, ContextSection.of(State.NOT_FOUND, ""))));
            return;
        }
        CustomerRecord record = records.get(0);
        update(c -> withCrm(c, ContextSection.loaded(record)));
        erp.ifPresent(history -> bounded(history.history(Set.of(record.externalId()), ORDER_LIMIT))
                .whenCompleteAsync((result, failure) -> erpAnswered(history, result, failure), executor));
    }

    private void erpAnswered(OrderHistory history, OrdersAndInvoices result, Throwable error) {
        if (error != null) {
            update(c -> withErp(c, failure(history.displayName(), error)));
            return;
        }
        update(c -> new CustomerContext(c.address(), c.customer(), c.crm(), ContextSection.loaded(result.orders()),
                ContextSection.loaded(result.invoices()), c.earlier()));
    }

    private static CustomerContext withCrm(CustomerContext c, ContextSection<CustomerRecord> crm) {
        return new CustomerContext(c.address(), c.customer(), crm, c.orders(), c.invoices(), c.earlier());
    }

    private static CustomerContext withErp(CustomerContext c, ContextSection<?> section) {
        return new CustomerContext(c.address(), c.customer(), c.crm(), ContextSection.of(section.state(),
                section.detail()), ContextSection.of(section.state(), section.detail()), c.earlier());
    }

    private static <T> CompletableFuture<T> bounded(CompletableFuture<T> call) {
        return call.orTimeout(CustomerContextAssembler.CONNECTOR_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The section of a connector that failed or did not answer: data for the desktop, the source in the log. */
    private static <T> ContextSection<T> failure(String source, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        LOG.log(Level.WARNING, "customer context: {0} failed: {1}", source, cause.toString());
        if (cause instanceof TimeoutException) {
            return ContextSection.of(State.TIMED_OUT,
                    Long.toString(CustomerContextAssembler.CONNECTOR_TIMEOUT.toSeconds()));
        }
        return ContextSection.of(State.FAILED,
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private void update(UnaryOperator<CustomerContext> change) {
        CustomerContext next = current.updateAndGet(change);
        if (!closed) {
            listener.accept(next);
        }
    }
}
