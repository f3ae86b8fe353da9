package org.samklang.core.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent.CustomerSplit;
import org.samklang.core.api.model.JournalEvent.CustomersMerged;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.spi.InboundReceipt;

class CustomerMergeAndSplitTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenTheSamePersonOnEmailAndSms_whenTheCustomersAreMerged_thenOneTimelineHoldsEverythingAndNothingIsLost() {
        InboundReceipt mail = fixture.ingest(Inbound.email("<m1@kund.se>", "Anna <anna@kund.se>", "Order", t0, null));
        InboundReceipt sms = fixture.ingest(Inbound.sms("s1", "070-123 45 67", "Har ni fått mitt mejl?",
                t0.plusSeconds(60)));
        CustomerId byMail = customerOf(mail);
        CustomerId bySms = customerOf(sms);

        Customer merged = fixture.engine.mergeCustomers(byMail, bySms).join();

        assertEquals(byMail, merged.id());
        assertEquals(Set.of(Address.mailto("anna@kund.se"), Address.tel("+46701234567")),
                Set.copyOf(merged.addresses()));
        List<Message> timeline = fixture.engine.timeline(byMail, PageRequest.first(10)).items();
        assertEquals(List.of("s1", "<m1@kund.se>"), timeline.stream().map(m -> m.remoteId().orElseThrow()).toList());
        assertEquals(byMail, fixture.engine.customer(bySms).orElseThrow().id(), "the old id leads to the survivor");
        assertEquals(2, fixture.engine.timeline(bySms, PageRequest.first(10)).totalCount());
        assertEquals(byMail, fixture.engine.customerByAddress(Address.tel("+46701234567")).orElseThrow().id());
        assertTrue(fixture.lastEvent() instanceof CustomersMerged event && event.absorbed().equals(bySms));
    }

    @Test
    void givenAMergedCustomer_whenTheyWriteAgainFromTheAbsorbedAddress_thenTheMessageGoesToTheSurvivor() {
        CustomerId byMail = customerOf(fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0,
                null)));
        CustomerId bySms = customerOf(fixture.ingest(Inbound.sms("s1", "070-123 45 67", "Hej", t0)));
        fixture.engine.mergeCustomers(byMail, bySms).join();

        InboundReceipt later = fixture.ingest(Inbound.sms("s2", "+46701234567", "Hej igen", t0.plusSeconds(5)));

        assertEquals(byMail, customerOf(later));
    }

    @Test
    void givenAnAlreadyMergedPair_whenMergedAgain_thenNothingChangesAndNoEventIsWritten() {
        CustomerId a = customerOf(fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0, null)));
        CustomerId b = customerOf(fixture.ingest(Inbound.sms("s1", "070-123 45 67", "Hej", t0)));
        fixture.engine.mergeCustomers(a, b).join();
        long sequence = fixture.engine.lastSequence();

        assertEquals(a, fixture.engine.mergeCustomers(a, b).join().id());
        assertEquals(sequence, fixture.engine.lastSequence());
    }

    @Test
    void givenTwoPeopleSharingOneCustomer_whenAnAddressIsSplitOff_thenItsConversationsMoveWithIt() {
        CustomerId anna = customerOf(fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0,
                null)));
        CustomerId erik = customerOf(fixture.ingest(Inbound.sms("s1", "070-123 45 67", "Erik här", t0)));
        fixture.engine.mergeCustomers(anna, erik).join();

        Customer split = fixture.engine.splitCustomer(anna, Set.of(Address.tel("+46701234567"))).join();

        assertEquals(List.of(Address.tel("+46701234567")), split.addresses());
        assertEquals(List.of("s1"), remoteIds(split.id()));
        assertEquals(List.of("<m1@kund.se>"), remoteIds(anna));
        assertTrue(fixture.lastEvent() instanceof CustomerSplit event && event.created().equals(split.id()));
        InboundReceipt next = fixture.ingest(Inbound.sms("s2", "0701234567", "Erik igen",
                t0.plus(Duration.ofHours(1))));
        assertEquals(split.id(), customerOf(next));
    }

    @Test
    void givenInvalidSplits_whenRequested_thenTheyAreRefusedWithAReasonAndNothingChanges() {
        CustomerId anna = customerOf(fixture.ingest(Inbound.email("<m1@kund.se>", "anna@kund.se", "Order", t0,
                null)));
        long sequence = fixture.engine.lastSequence();

        assertRefused(() -> fixture.engine.splitCustomer(anna, Set.of(Address.mailto("anna@kund.se"))).join(),
                "at least one address");
        assertRefused(() -> fixture.engine.splitCustomer(anna, Set.of(Address.mailto("erik@kund.se"))).join(),
                "does not belong");
        assertRefused(() -> fixture.engine.mergeCustomers(anna, anna).join(), "itself");
        assertRefused(() -> fixture.engine.mergeCustomers(anna, new CustomerId(999)).join(), "unknown customer");
        assertEquals(sequence, fixture.engine.lastSequence());
    }

    private static void assertRefused(Runnable action, String reason) {
        CompletionException error = assertThrows(CompletionException.class, action::run);
        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, error.getCause());
        assertTrue(cause.getMessage().contains(reason), cause.getMessage());
    }

    private List<String> remoteIds(CustomerId customer) {
        return fixture.engine.timeline(customer, PageRequest.first(10)).items().stream()
                .map(message -> message.remoteId().orElseThrow()).toList();
    }

    private CustomerId customerOf(InboundReceipt receipt) {
        return fixture.engine.conversation(receipt.conversationId().orElseThrow()).orElseThrow().customerId();
    }
}
