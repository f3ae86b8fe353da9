package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.samklang.core.api.model.ContextSection;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.api.model.CustomerContext;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.api.model.OrderSummary;

/**
 * Turns a {@link CustomerContext} snapshot into a {@link CustomerCard}: one block per source, each saying its own
 * state ("Loading CRM…", "Not in CRM", "ERP failed: timeout", "No ERP connected") so a slow or missing backend
 * never hides what the others know. All texts from backends are cleaned and capped. Thread-safe.
 */
public final class CustomerCardFormatter {

    static final int MAX_FIELDS = 12;
    static final int MAX_ORDERS = 5;
    static final int MAX_INVOICES = 5;
    static final int MAX_EARLIER = 3;
    private static final int MAX_TEXT = 120;

    private final UiMessages messages;
    private final ChannelTexts channels;
    private final TimeTexts times;

    public CustomerCardFormatter(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.channels = new ChannelTexts(messages);
        this.times = times;
    }

    /** {@return the card for a snapshot; {@code fallbackName} names the customer until the CRM answers} */
    public CustomerCard card(CustomerContext context, String fallbackName) {
        CustomerRecord crm = context.crm().value().orElse(null);
        String title = crm != null && !clean(crm.name()).isEmpty() ? clean(crm.name()) : fallbackName;
        String address = clean(context.address().value());
        String company = crm == null ? "" : clean(crm.company());
        String subtitle = company.isEmpty() ? address : messages.format("card.subtitle", company, address);
        List<CardBlock> blocks = List.of(
                block("crm", context.crm(), this::crmLines),
                block("orders", context.orders(), this::orderLines),
                block("invoices", context.invoices(), this::invoiceLines),
                block("earlier", context.earlier(), this::earlierLines));
        return new CustomerCard(title, crm != null && crm.vip(), subtitle, blocks);
    }

    /** {@return the card shown when the customer has no address a connector could look up} */
    public CustomerCard withoutAddress(String name) {
        return new CustomerCard(name, false, "", List.of(new CardBlock(messages.format("card.crm.heading"),
                List.of(new CardLine(messages.format("card.noAddress"), Tone.MUTED)))));
    }

    private <T> CardBlock block(String section, ContextSection<T> state, Function<T, List<CardLine>> content) {
        String heading = messages.format("card." + section + ".heading");
        String stateKey = "card." + section + "." + UiMessages.keyOf(state.state());
        List<CardLine> lines = switch (state.state()) {
            case LOADED -> content.apply(state.value().orElseThrow());
            case FAILED, TIMED_OUT -> List.of(new CardLine(messages.format(stateKey, clean(state.detail())),
                    Tone.ERROR));
            // Blocked by another section's failure, which that section shows: said once, in the error tone, there.
            case LOADING, NOT_FOUND, NO_SOURCE, BLOCKED -> List.of(new CardLine(messages.format(stateKey),
                    Tone.MUTED));
        };
        return new CardBlock(heading, lines);
    }

    private List<CardLine> crmLines(CustomerRecord record) {
        List<CardLine> lines = new ArrayList<>();
        for (Map.Entry<String, String> field : record.fields().entrySet()) {
            if (lines.size() == MAX_FIELDS) {
                lines.add(new CardLine(messages.format("card.more", record.fields().size() - MAX_FIELDS),
                        Tone.MUTED));
                break;
            }
            lines.add(CardLine.normal(messages.format("card.crm.field", clean(field.getKey()),
                    clean(field.getValue()))));
        }
        if (lines.isEmpty()) {
            lines.add(new CardLine(messages.format("card.crm.record", clean(record.externalId())), Tone.MUTED));
        }
        return lines;
    }

    private List<CardLine> orderLines(List<OrderSummary> orders) {
        if (orders.isEmpty()) {
            return List.of(new CardLine(messages.format("card.orders.none"), Tone.MUTED));
        }
        List<CardLine> lines = new ArrayList<>();
        for (OrderSummary order : orders.subList(0, Math.min(MAX_ORDERS, orders.size()))) {
            lines.add(CardLine.normal(messages.format("card.orders.line", clean(order.number()),
                    messages.format("card.orders.status." + UiMessages.keyOf(order.status())),
                    times.date(order.orderedOn()), order.total().amount(),
                    order.total().currency().getCurrencyCode())));
        }
        addMore(lines, orders.size(), MAX_ORDERS);
        return lines;
    }

    private List<CardLine> invoiceLines(List<InvoiceSummary> invoices) {
        if (invoices.isEmpty()) {
            return List.of(new CardLine(messages.format("card.invoices.none"), Tone.MUTED));
        }
        List<CardLine> lines = new ArrayList<>();
        long overdue = invoices.stream().filter(InvoiceSummary::overdue).count();
        if (overdue > 0) {
            lines.add(new CardLine(messages.format("card.invoices.overdueCount", overdue), Tone.ERROR));
        }
        for (InvoiceSummary invoice : invoices.subList(0, Math.min(MAX_INVOICES, invoices.size()))) {
            String key = invoice.overdue() ? "card.invoices.overdueLine" : "card.invoices.line";
            lines.add(new CardLine(messages.format(key, clean(invoice.number()), times.date(invoice.dueOn()),
                    invoice.amount().amount(), invoice.amount().currency().getCurrencyCode(),
                    messages.format("card.invoices.status." + UiMessages.keyOf(invoice.status()))),
                    invoice.overdue() ? Tone.ERROR : Tone.NORMAL));
        }
        addMore(lines, invoices.size(), MAX_INVOICES);
        return lines;
    }

    private List<CardLine> earlierLines(List<Conversation> earlier) {
        if (earlier.isEmpty()) {
            return List.of(new CardLine(messages.format("card.earlier.none"), Tone.MUTED));
        }
        List<CardLine> lines = new ArrayList<>();
        lines.add(CardLine.normal(messages.format("card.earlier.count", earlier.size())));
        for (Conversation conversation : earlier.subList(0, Math.min(MAX_EARLIER, earlier.size()))) {
            String subject = clean(conversation.subject());
            lines.add(CardLine.normal(messages.format("card.earlier.line", ChannelTexts.glyph(conversation.mediaType()),
                    times.moment(conversation.lastActivityAt()),
                    subject.isEmpty() ? channels.name(conversation.mediaType()) : subject,
                    channels.state(conversation.state()))));
        }
        return lines;
    }

    private void addMore(List<CardLine> lines, int size, int shown) {
        if (size > shown) {
            lines.add(new CardLine(messages.format("card.more", size - shown), Tone.MUTED));
        }
    }

    private static String clean(String text) {
        return DisplayText.oneLine(text, MAX_TEXT);
    }
}
