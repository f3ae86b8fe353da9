package org.samklang.core.spi;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * An ERP connector: a customer's orders and invoices, for the customer card. See {@link Connector} for the
 * threading, timeout and error contract shared by all connectors.
 * <p>
 * <b>Threading.</b> Called on core worker threads, possibly concurrently; returns at once and completes the future
 * from the plugin's own threads. Called during a screen pop right after the CRM answered, so aim under 300 ms.
 * <p>
 * <b>Errors.</b> A customer without orders is {@link OrdersAndInvoices#NONE}, never a failure. An ERP that cannot
 * be reached completes exceptionally with a {@link ConnectorFailure}.
 * <p>
 * <b>Idempotency.</b> Read-only; may be repeated and cancelled freely.
 */
public interface OrderHistory extends Connector {

    /** What this ERP provides. Non-blocking. */
    OrderHistoryCapabilities historyCapabilities();

    /**
     * The newest orders and invoices of the customer known under any of {@code customerExternalIds} (the CRM ids
     * of one resolved customer; merged customers have several).
     *
     * @param customerExternalIds CRM ids, at least one; unknown ids contribute nothing
     * @param limit               the most orders and the most invoices to list, 1 to 100
     */
    CompletableFuture<OrdersAndInvoices> history(Set<String> customerExternalIds, int limit);
}
