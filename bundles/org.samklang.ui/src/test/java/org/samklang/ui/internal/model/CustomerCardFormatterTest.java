package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ContextSection;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.api.model.CustomerContext;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Money;
import org.samklang.core.api.model.OrderSummary;

class CustomerCardFormatterTest {

    private static final Address PHONE = Address.tel("+46701234567");
    private final CustomerCardFormatter formatter = new CustomerCardFormatter(UiMessages.forLocale(Locale.ENGLISH),
            new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.ENGLISH)));

    @Test
    void whileEverythingLoads_eachBlockSaysWhatItWaitsFor() {
        CustomerCard card = formatter.card(context(ContextSection.loading(), ContextSection.loading(),
                ContextSection.loading(), ContextSection.loading()), "Anna");
        assertEquals("Anna", card.title());
        assertEquals("+46701234567", card.subtitle());
        assertEquals(List.of("Loading CRM…", "Loading orders from the ERP…", "Loading invoices from the ERP…",
                "Loading earlier conversations…"), firstLines(card));
        assertTrue(card.blocks().stream().allMatch(b -> b.lines().get(0).tone() == Tone.MUTED));
    }

    @Test
    void eachSourceFailsOrIsMissingOnItsOwn() {
        CustomerCard card = formatter.card(context(ContextSection.of(ContextSection.State.NOT_FOUND, ""),
                ContextSection.of(ContextSection.State.FAILED, "timeout after 3 s\u0000"),
                ContextSection.of(ContextSection.State.NO_SOURCE, ""),
                ContextSection.loaded(List.of())), "Anna");
        assertEquals(List.of("Not in CRM", "ERP failed: timeout after 3 s", "No ERP connected",
                "No earlier conversations"), firstLines(card));
        assertEquals(Tone.ERROR, card.blocks().get(1).lines().get(0).tone());
    }

    @Test
    void aCrmThatDidNotAnswerIsTheOneErrorAndTheOrdersSayWhyTheyWait() {
        CustomerCard card = formatter.card(context(ContextSection.of(ContextSection.State.TIMED_OUT, "5"),
                ContextSection.of(ContextSection.State.BLOCKED, ""), ContextSection.of(ContextSection.State.BLOCKED,
                        ""),
                ContextSection.loading()), "Anna");

        assertEquals(List.of("The CRM did not answer within 5 s",
                "Orders are looked up by the CRM record, which could not be loaded",
                "Invoices are looked up by the CRM record, which could not be loaded",
                "Loading earlier conversations…"),
                firstLines(card));
        assertEquals(List.of(Tone.ERROR, Tone.MUTED, Tone.MUTED), card.blocks().subList(0, 3).stream()
                .map(b -> b.lines().get(0).tone()).toList());
    }

    @Test
    void aLoadedCardShowsCrmFieldsOrdersOverdueInvoicesAndEarlierContacts() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Customer no.", "C-1001");
        fields.put("Segment", "Gold");
        var crm = new CustomerRecord("C-1001", "Anna Lindqvist", "Anna", "Lindqvist", "Lindqvist AB", "Gold", true,
                List.of(PHONE), fields, Optional.empty());
        var order = new OrderSummary("10452", "C-1001", LocalDate.of(2025, 11, 12), OrderSummary.Status.SHIPPED,
                Money.ofMinor(123_450, "SEK"), Optional.empty(), Optional.empty());
        var overdue = new InvoiceSummary("F-77", "C-1001", Optional.empty(), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 1), InvoiceSummary.Status.OPEN, Money.ofMinor(45_000, "SEK"), true,
                Optional.empty());
        Conversation earlier = TestData.conversation(5, 1, MediaType.CHAT, "");

        CustomerCard card = formatter.card(context(ContextSection.loaded(crm), ContextSection.loaded(List.of(order)),
                ContextSection.loaded(List.of(overdue)), ContextSection.loaded(List.of(earlier))), "anna");

        assertEquals("Anna Lindqvist", card.title());
        assertTrue(card.vip());
        assertEquals("Lindqvist AB · +46701234567", card.subtitle());
        assertEquals(List.of("Customer no.: C-1001", "Segment: Gold"), texts(card.blocks().get(0)));
        assertEquals(List.of("#10452 · shipped · 12 Nov · 1,234.50 SEK"), texts(card.blocks().get(1)));
        assertEquals(List.of("1 overdue", "#F-77 · due 1 Oct · 450.00 SEK · overdue"), texts(card.blocks().get(2)));
        assertTrue(card.blocks().get(2).lines().stream().allMatch(l -> l.tone() == Tone.ERROR));
        assertEquals("1 conversation on every channel", texts(card.blocks().get(3)).get(0));
        assertTrue(texts(card.blocks().get(3)).get(1).contains("Chat · Queued"));
    }

    @Test
    void theErpsStatusesAreSaidInTheDesksLanguage() {
        CustomerCardFormatter swedish = new CustomerCardFormatter(UiMessages.forLocale(Locale.of("sv")),
                new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.of("sv"))));
        var order = new OrderSummary("10452", "C-1001", LocalDate.of(2025, 11, 12), OrderSummary.Status.DELIVERED,
                Money.ofMinor(9_900, "SEK"), Optional.empty(), Optional.empty());
        var paid = new InvoiceSummary("F-78", "C-1001", Optional.of("10452"), LocalDate.of(2025, 11, 12),
                LocalDate.of(2025, 12, 12), InvoiceSummary.Status.PAID, Money.ofMinor(9_900, "SEK"), false,
                Optional.empty());

        CustomerCard card = swedish.card(context(ContextSection.loading(), ContextSection.loaded(List.of(order)),
                ContextSection.loaded(List.of(paid)), ContextSection.loading()), "Anna");

        assertTrue(texts(card.blocks().get(1)).get(0).contains(" · levererad · "), texts(card.blocks().get(1)).get(0));
        assertTrue(texts(card.blocks().get(2)).get(0).endsWith(" · betald"), texts(card.blocks().get(2)).get(0));
    }

    @Test
    void longListsAreCutWithACount() {
        List<OrderSummary> orders = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> new OrderSummary("O" + i, "C-1", LocalDate.of(2025, 1, 1),
                        OrderSummary.Status.RECEIVED, Money.ofMinor(100, "SEK"), Optional.empty(), Optional.empty()))
                .toList();
        CustomerCard card = formatter.card(context(ContextSection.loading(), ContextSection.loaded(orders),
                ContextSection.loading(), ContextSection.loading()), "Anna");
        List<String> lines = texts(card.blocks().get(1));
        assertEquals(CustomerCardFormatter.MAX_ORDERS + 1, lines.size());
        assertEquals("…and 3 more", lines.get(lines.size() - 1));
    }

    @Test
    void aCustomerWithoutAddressGetsOneClearLine() {
        CustomerCard card = formatter.withoutAddress("Unknown customer");
        assertFalse(card.vip());
        assertEquals(List.of("No address of this customer can be looked up."), firstLines(card));
    }

    private static CustomerContext context(ContextSection<CustomerRecord> crm,
            ContextSection<List<OrderSummary>> orders,
            ContextSection<List<InvoiceSummary>> invoices, ContextSection<List<Conversation>> earlier) {
        return new CustomerContext(PHONE, Optional.empty(), crm, orders, invoices, earlier);
    }

    private static List<String> firstLines(CustomerCard card) {
        return card.blocks().stream().map(b -> b.lines().get(0).text()).toList();
    }

    private static List<String> texts(CardBlock block) {
        return block.lines().stream().map(CardLine::text).toList();
    }
}
