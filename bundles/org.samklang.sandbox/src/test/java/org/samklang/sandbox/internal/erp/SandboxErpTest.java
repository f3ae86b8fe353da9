package org.samklang.sandbox.internal.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.api.model.OrderSummary;
import org.samklang.core.spi.OrdersAndInvoices;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.crm.SandboxCrm;

class SandboxErpTest {

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final List<CustomerRecord> customers = new SandboxCrm(42, clock).customers();
    private final SandboxErp erp = new SandboxErp(customers, 42, clock);

    private List<OrderSummary> allOrders(SandboxErp source) {
        List<OrderSummary> orders = new ArrayList<>();
        customers.forEach(c -> orders.addAll(source.ordersOf(c.externalId())));
        return orders;
    }

    private List<InvoiceSummary> allInvoices() {
        List<InvoiceSummary> invoices = new ArrayList<>();
        customers.forEach(c -> invoices.addAll(erp.invoicesOf(c.externalId())));
        return invoices;
    }

    @Test
    void theSameSeedAndDay_giveTheSameOrders() {
        assertEquals(allOrders(erp), allOrders(new SandboxErp(customers, 42, clock)));
    }

    @Test
    void ordersAreInEveryState_andNumbersGrowWithTheDate() {
        List<OrderSummary> orders = allOrders(erp);
        assertTrue(orders.size() > 4_000, "orders: " + orders.size());
        Set<OrderSummary.Status> seen = EnumSet.noneOf(OrderSummary.Status.class);
        orders.forEach(order -> seen.add(order.status()));
        assertEquals(EnumSet.allOf(OrderSummary.Status.class), seen);
        orders.sort(Comparator.comparing(o -> Integer.parseInt(o.number())));
        for (int i = 1; i < orders.size(); i++) {
            assertFalse(orders.get(i).orderedOn().isBefore(orders.get(i - 1).orderedOn()),
                    "order " + orders.get(i).number() + " is older than " + orders.get(i - 1).number());
        }
        assertTrue(orders.stream().filter(o -> o.status() == OrderSummary.Status.SHIPPED)
                .allMatch(o -> o.trackingReference().isPresent()), "shipped orders have tracking");
    }

    @Test
    void someCustomersHaveOverdueInvoices_andOnlyOpenOnesPastTheirDueDate() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SandboxErp.BUSINESS_ZONE);
        List<InvoiceSummary> invoices = allInvoices();
        List<InvoiceSummary> overdue = invoices.stream().filter(InvoiceSummary::overdue).toList();
        assertFalse(overdue.isEmpty());
        assertTrue(overdue.stream().allMatch(i -> i.status() == InvoiceSummary.Status.OPEN
                && i.dueOn().isBefore(today)));
        assertTrue(invoices.stream().filter(i -> !i.overdue()).noneMatch(i -> i.status() == InvoiceSummary.Status.OPEN
                && i.dueOn().isBefore(today)), "every open invoice past due is overdue");
        long customersOverdue = overdue.stream().map(InvoiceSummary::customerExternalId).distinct().count();
        assertTrue(customersOverdue >= 20 && customersOverdue <= 300, "customers with overdue: " + customersOverdue);
        assertTrue(invoices.stream().anyMatch(i -> i.status() == InvoiceSummary.Status.PAID));
    }

    @Test
    void anOpenInvoice_fallsOverdue_whenTheClockPassesItsDueDate() {
        InvoiceSummary open = allInvoices().stream().filter(i -> i.status() == InvoiceSummary.Status.OPEN
                && !i.overdue()).findFirst().orElseThrow();

        clock.set(open.dueOn().plusDays(1).atStartOfDay(SandboxErp.BUSINESS_ZONE).toInstant()
                .plus(Duration.ofHours(9)));

        InvoiceSummary later = erp.invoicesOf(open.customerExternalId()).stream()
                .filter(i -> i.number().equals(open.number())).findFirst().orElseThrow();
        assertTrue(later.overdue());
    }

    @Test
    void history_listsTheNewestFirst_withinTheLimit_andSaysHowManyThereAre() {
        CustomerRecord busy = customers.stream().filter(c -> erp.ordersOf(c.externalId()).size() >= 6)
                .findFirst().orElseThrow();

        OrdersAndInvoices history = erp.history(Set.of(busy.externalId()), 3).join();

        assertEquals(3, history.orders().size());
        assertEquals(erp.ordersOf(busy.externalId()).size(), history.totalOrders());
        assertEquals(erp.ordersOf(busy.externalId()).subList(0, 3), history.orders());
        assertFalse(history.orders().get(0).orderedOn().isBefore(history.orders().get(2).orderedOn()));
        assertTrue(history.invoices().size() <= 3);
    }

    @Test
    void history_ofSeveralExternalIds_mergesThem_andUnknownIdsGiveNothing() {
        CustomerRecord first = customers.get(0);
        CustomerRecord second = customers.get(1);
        int both = erp.ordersOf(first.externalId()).size() + erp.ordersOf(second.externalId()).size();

        assertEquals(both, erp.history(Set.of(first.externalId(), second.externalId()), 100).join().totalOrders());
        assertEquals(OrdersAndInvoices.NONE, erp.history(Set.of("CRM-nobody"), 10).join());
        assertEquals(OrdersAndInvoices.NONE, erp.history(Set.of(), 10).join());
        assertEquals(OrdersAndInvoices.NONE, erp.history(null, 10).join());
    }

    @Test
    void aLimitOutOfRange_isClamped_notAnError() {
        CustomerRecord someone = customers.stream().filter(c -> !erp.ordersOf(c.externalId()).isEmpty())
                .findFirst().orElseThrow();
        assertEquals(1, erp.history(Set.of(someone.externalId()), -5).join().orders().size());
    }
}
