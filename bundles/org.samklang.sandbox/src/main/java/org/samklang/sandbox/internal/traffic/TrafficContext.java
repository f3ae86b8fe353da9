package org.samklang.sandbox.internal.traffic;

import java.util.List;

import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.api.model.OrderSummary;
import org.samklang.sandbox.internal.Dice;
import org.samklang.sandbox.internal.erp.SandboxErp;

/**
 * What the traffic writers share: the dice, a sequence for remote ids, and the ERP, so a customer who writes about
 * an order quotes one of their own. Not thread-safe; the traffic generator's lock guards it.
 * <p>
 * Remote ids carry the run's tag before the sequence: the sequence starts again at 1 on every start, and the core
 * drops an item whose channel and remote id it already stored as a duplicate, so without the tag the second run's
 * first chat lines would have vanished into the first run's.
 */
final class TrafficContext {

    /** The company's support address, to which customers write. */
    static final String SUPPORT_ADDRESS = "kundtjanst@nordvik.example";
    /** The social account customers mention. */
    static final String SOCIAL_ACCOUNT = "@nordvikhandel";

    final Dice dice;
    private final SandboxErp erp;
    private final String run;
    private long sequence;

    /** {@code run} tags every id of this run (the traffic's seed, which is its start time, in base 36). */
    TrafficContext(Dice dice, SandboxErp erp, String run) {
        this.dice = dice;
        this.erp = erp;
        this.run = run;
    }

    /** {@return the run's tag and the next number of a sequence shared by all remote ids, so ids never repeat} */
    String next() {
        return run + "-" + ++sequence;
    }

    /** {@return a number of the sender's newest order, or a made-up one for a stranger} */
    String orderNumber(Sender sender) {
        List<OrderSummary> orders = sender.customer().map(c -> erp.ordersOf(c.externalId())).orElse(List.of());
        return orders.isEmpty() ? "1" + dice.digits(4) : orders.get(0).number();
    }

    /** {@return the sender's overdue or newest invoice number, or a made-up one} */
    String invoiceNumber(Sender sender) {
        List<InvoiceSummary> invoices = sender.customer().map(c -> erp.invoicesOf(c.externalId()))
                .orElse(List.of());
        return invoices.stream().filter(InvoiceSummary::overdue).findFirst().or(() -> invoices.stream().findFirst())
                .map(InvoiceSummary::number).orElse("F5" + dice.digits(5));
    }

    /** {@return the text with {@code {order}} and {@code {invoice}} filled in for the sender} */
    String fill(String text, Sender sender) {
        String filled = text;
        if (filled.contains("{order}")) {
            filled = filled.replace("{order}", orderNumber(sender));
        }
        if (filled.contains("{invoice}")) {
            filled = filled.replace("{invoice}", invoiceNumber(sender));
        }
        return filled;
    }
}
