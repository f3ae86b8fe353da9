package org.samklang.sandbox.internal.erp;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.OrderHistoryCapabilities;
import org.samklang.core.api.model.OrderSummary;
import org.samklang.core.spi.OrdersAndInvoices;
import org.samklang.sandbox.internal.SandboxConnector;

/**
 * The sandbox ERP: orders and invoices for the sandbox CRM's customers, generated relative to the day it starts.
 * An open invoice is overdue once its due date has passed by the clock's date in {@link #BUSINESS_ZONE}, so a
 * desktop left running sees invoices fall overdue. Thread-safe; answers from memory.
 */
public final class SandboxErp extends SandboxConnector implements OrderHistory {

    /** The connector id. */
    public static final String ID = "erp.sandbox";
    /** The zone whose calendar dates orders and invoices use. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Stockholm");

    private static final Comparator<OrderSummary> NEWEST_ORDER_FIRST = Comparator
            .comparing(OrderSummary::orderedOn).thenComparing(o -> Integer.parseInt(o.number())).reversed();
    private static final Comparator<InvoiceSummary> NEWEST_INVOICE_FIRST = Comparator
            .comparing(InvoiceSummary::issuedOn).thenComparing(InvoiceSummary::number).reversed();

    private final Clock clock;
    private final Map<String, List<OrderSummary>> ordersByCustomer = new HashMap<>();
    private final Map<String, List<InvoiceSummary>> invoicesByCustomer = new HashMap<>();

    public SandboxErp(List<CustomerRecord> customers, long seed, Clock clock) {
        super(ID, "Sandbox ERP", ConnectorKind.ERP, clock);
        this.clock = clock;
        OrderGenerator generated = new OrderGenerator(seed, today()).generate(customers);
        generated.orders().forEach(order -> ordersByCustomer
                .computeIfAbsent(order.customerExternalId(), id -> new ArrayList<>()).add(order));
        generated.invoices().forEach(invoice -> invoicesByCustomer
                .computeIfAbsent(invoice.customerExternalId(), id -> new ArrayList<>()).add(invoice));
        ordersByCustomer.values().forEach(list -> list.sort(NEWEST_ORDER_FIRST));
        invoicesByCustomer.values().forEach(list -> list.sort(NEWEST_INVOICE_FIRST));
    }

    static URI link(String kind, String number) {
        return URI.create("https://erp.sandbox.samklang.example/" + kind + "/" + number);
    }

    /** {@return the customer's orders, newest first, at once} For the traffic generator and tests. */
    public List<OrderSummary> ordersOf(String externalId) {
        return List.copyOf(ordersByCustomer.getOrDefault(externalId, List.of()));
    }

    /** {@return the customer's invoices, newest first, overdue as of today, at once} */
    public List<InvoiceSummary> invoicesOf(String externalId) {
        LocalDate today = today();
        return invoicesByCustomer.getOrDefault(externalId, List.of()).stream()
                .map(invoice -> asOf(invoice, today)).toList();
    }

    @Override
    public OrderHistoryCapabilities historyCapabilities() {
        return new OrderHistoryCapabilities(true, true, true);
    }

    @Override
    public CompletableFuture<OrdersAndInvoices> history(Set<String> customerExternalIds, int limit) {
        return remote.answer(() -> historyNow(customerExternalIds, Math.clamp(limit, 1, 100)));
    }

    private OrdersAndInvoices historyNow(Set<String> externalIds, int limit) {
        if (externalIds == null || externalIds.isEmpty()) {
            return OrdersAndInvoices.NONE;
        }
        List<OrderSummary> orders = new ArrayList<>();
        List<InvoiceSummary> invoices = new ArrayList<>();
        for (String id : externalIds) {
            if (id != null) {
                orders.addAll(ordersOf(id));
                invoices.addAll(invoicesOf(id));
            }
        }
        orders.sort(NEWEST_ORDER_FIRST);
        invoices.sort(NEWEST_INVOICE_FIRST);
        return new OrdersAndInvoices(orders.subList(0, Math.min(limit, orders.size())), orders.size(),
                invoices.subList(0, Math.min(limit, invoices.size())), invoices.size());
    }

    private static InvoiceSummary asOf(InvoiceSummary invoice, LocalDate today) {
        boolean overdue = invoice.status() == InvoiceSummary.Status.OPEN && invoice.dueOn().isBefore(today);
        return overdue == invoice.overdue()
                ? invoice
                : new InvoiceSummary(invoice.number(), invoice.customerExternalId(), invoice.orderNumber(),
                        invoice.issuedOn(), invoice.dueOn(), invoice.status(), invoice.amount(), overdue,
                        invoice.link());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
    }
}
