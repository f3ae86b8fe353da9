package org.samklang.core.internal.context;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.CustomerContextService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerContext;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.OrderHistory;

/**
 * Gathers a customer's context from the store and from whichever CRM and ERP connectors are installed.
 * <p>
 * Each {@link #open} starts one {@link ContextLoad}: the store, the CRM and then the ERP are asked on the given
 * executor, each connector call bounded by a timeout, and every settled section publishes a new snapshot. The
 * caller's thread never waits for a connector.
 */
public final class CustomerContextAssembler implements CustomerContextService {

    static final Duration CONNECTOR_TIMEOUT = Duration.ofSeconds(3);

    private final ConversationService conversations;
    private final Executor executor;
    private final Locale locale;
    private final List<CustomerDirectory> directories = new CopyOnWriteArrayList<>();
    private final List<OrderHistory> histories = new CopyOnWriteArrayList<>();

    /** {@code locale}: the desk's language, in which the CRM is asked for its labels. */
    public CustomerContextAssembler(ConversationService conversations, Executor executor, Locale locale) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public void addDirectory(CustomerDirectory directory) {
        directories.add(directory);
    }

    public void removeDirectory(CustomerDirectory directory) {
        directories.remove(directory);
    }

    public void addOrderHistory(OrderHistory history) {
        histories.add(history);
    }

    public void removeOrderHistory(OrderHistory history) {
        histories.remove(history);
    }

    /** {@return the CRM the context asks (the first one installed), if any} */
    public Optional<CustomerDirectory> crm() {
        return directories.stream().findFirst();
    }

    @Override
    public Handle open(Address address, Consumer<CustomerContext> listener) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(listener, "listener");
        ContextLoad load = new ContextLoad(address, listener, conversations,
                directories.stream().findFirst(), histories.stream().findFirst(), executor, locale);
        load.start();
        return load;
    }
}
