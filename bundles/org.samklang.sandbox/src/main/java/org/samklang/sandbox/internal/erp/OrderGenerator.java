package org.samklang.sandbox.internal.erp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.api.model.Money;
import org.samklang.core.api.model.OrderSummary;
import org.samklang.sandbox.internal.Dice;

/**
 * Makes the sandbox ERP's orders and invoices for the CRM's customers: most paid and delivered, recent ones on
 * their way, some returned or cancelled, and a few customers who pay late so the card shows overdue invoices.
 * Order and invoice numbers grow with the date, as in a real ERP.
 */
final class OrderGenerator {

    /** An order before it has its number. */
    private record Draft(CustomerRecord customer, LocalDate orderedOn, OrderSummary.Status status, Money total,
            Optional<String> tracking, boolean latePayer) {
    }

    private final Dice dice;
    private final LocalDate today;
    private final List<OrderSummary> orders = new ArrayList<>();
    private final List<InvoiceSummary> invoices = new ArrayList<>();

    OrderGenerator(long seed, LocalDate today) {
        this.dice = new Dice(seed, "erp.orders");
        this.today = today;
    }

    List<OrderSummary> orders() {
        return orders;
    }

    /** {@return the invoices, every one with {@code overdue} false; the ERP decides that on the day it answers} */
    List<InvoiceSummary> invoices() {
        return invoices;
    }

    OrderGenerator generate(List<CustomerRecord> customers) {
        List<Draft> drafts = new ArrayList<>();
        for (CustomerRecord customer : customers) {
            boolean latePayer = dice.chance(0.07);
            int count = orderCount(customer);
            for (int i = 0; i < count; i++) {
                drafts.add(draft(customer, latePayer));
            }
        }
        drafts.sort(Comparator.comparing(Draft::orderedOn));
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String number = Integer.toString(10_001 + i);
            orders.add(new OrderSummary(number, draft.customer().externalId(), draft.orderedOn(), draft.status(),
                    draft.total(), draft.tracking(), Optional.of(SandboxErp.link("orders", number))));
            if (draft.status() != OrderSummary.Status.CANCELLED) {
                invoices.add(invoice("F" + (500_001 + invoices.size()), number, draft));
            }
        }
        return this;
    }

    private int orderCount(CustomerRecord customer) {
        double roll = dice.fraction();
        int base = roll < 0.15
                ? 0
                : roll < 0.65
                        ? dice.between(1, 3)
                        : roll < 0.95
                                ? dice.between(4, 8)
                                : dice.between(9, 25);
        return customer.company().isEmpty() && !customer.vip() ? base : base + 3;
    }

    private Draft draft(CustomerRecord customer, boolean latePayer) {
        double u = dice.fraction();
        int ageDays = (int) (540 * u * u);
        OrderSummary.Status status = status(ageDays);
        Optional<String> tracking = switch (status) {
            case SHIPPED, DELIVERED, RETURNED -> Optional.of("SBX" + dice.digits(9) + "SE");
            default -> Optional.empty();
        };
        String currency = customer.fields().getOrDefault("Land", "Sverige").equals("Sverige")
                ? "SEK"
                : currencyOf(customer.fields().get("Land"));
        return new Draft(customer, today.minusDays(ageDays), status, total(currency, !customer.company().isEmpty()),
                tracking, latePayer);
    }

    private OrderSummary.Status status(int ageDays) {
        if (ageDays == 0) {
            return dice.chance(0.7) ? OrderSummary.Status.RECEIVED : OrderSummary.Status.PROCESSING;
        }
        if (ageDays < 3) {
            return dice.chance(0.5) ? OrderSummary.Status.PROCESSING : OrderSummary.Status.SHIPPED;
        }
        if (ageDays < 7) {
            return dice.chance(0.6) ? OrderSummary.Status.SHIPPED : OrderSummary.Status.DELIVERED;
        }
        double roll = dice.fraction();
        return roll < 0.04
                ? OrderSummary.Status.RETURNED
                : roll < 0.07
                        ? OrderSummary.Status.CANCELLED
                        : OrderSummary.Status.DELIVERED;
    }

    private static String currencyOf(String country) {
        return switch (country == null ? "" : country) {
            case "Norge" -> "NOK";
            case "Danmark" -> "DKK";
            case "Suomi" -> "EUR";
            default -> "SEK";
        };
    }

    private Money total(String currency, boolean company) {
        long major = switch (currency) {
            case "EUR" -> dice.between(15, 499);
            case "DKK" -> dice.between(99, 3_999);
            default -> dice.between(149, 4_999);
        };
        long minor = major * 100 + dice.pick(List.of(0, 0, 50, 90));
        return Money.ofMinor(company ? minor * 3 : minor, currency);
    }

    private InvoiceSummary invoice(String number, String orderNumber, Draft draft) {
        LocalDate due = draft.orderedOn().plusDays(draft.customer().company().isEmpty() ? 14 : 30);
        InvoiceSummary.Status status;
        if (draft.status() == OrderSummary.Status.RETURNED) {
            status = InvoiceSummary.Status.CREDITED;
        } else if (!due.isBefore(today)) {
            status = InvoiceSummary.Status.OPEN;
        } else if (draft.latePayer() && due.isAfter(today.minusDays(120))) {
            // Late payers leave their recent invoices unpaid; the oldest unpaid one went to collection.
            status = due.isBefore(today.minusDays(75))
                    ? InvoiceSummary.Status.COLLECTION
                    : InvoiceSummary.Status.OPEN;
        } else {
            status = InvoiceSummary.Status.PAID;
        }
        return new InvoiceSummary(number, draft.customer().externalId(), Optional.of(orderNumber), draft.orderedOn(),
                due, status, draft.total(), false, Optional.of(SandboxErp.link("invoices", number)));
    }
}
