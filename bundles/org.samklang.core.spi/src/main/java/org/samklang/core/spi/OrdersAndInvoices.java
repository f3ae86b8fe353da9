package org.samklang.core.spi;

import java.util.List;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.api.model.OrderSummary;

/**
 * The answer of an {@link OrderHistory}: a customer's latest orders and invoices, newest first, with the totals so
 * the card can say "5 of 23" instead of silently capping. Immutable.
 *
 * @param orders        the newest orders, at most the limit asked for
 * @param totalOrders   how many orders the customer has in all, at least {@code orders.size()}
 * @param invoices      the newest invoices, at most the limit asked for
 * @param totalInvoices how many invoices the customer has in all, at least {@code invoices.size()}
 */
public record OrdersAndInvoices(List<OrderSummary> orders, int totalOrders, List<InvoiceSummary> invoices,
        int totalInvoices) {

    /** Nothing on record. */
    public static final OrdersAndInvoices NONE = new OrdersAndInvoices(List.of(), 0, List.of(), 0);

    public OrdersAndInvoices {
        orders = Checks.copyOf(orders, "orders");
        invoices = Checks.copyOf(invoices, "invoices");
        if (totalOrders < orders.size() || totalInvoices < invoices.size()) {
            throw new IllegalArgumentException("totals (" + totalOrders + " orders, " + totalInvoices
                    + " invoices) must not be below the listed counts (" + orders.size() + ", " + invoices.size()
                    + ")");
        }
    }

    /** {@return how many of the listed invoices are overdue} */
    public long overdueCount() {
        return invoices.stream().filter(InvoiceSummary::overdue).count();
    }
}
