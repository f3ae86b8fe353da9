package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundReceipt.Status;
import org.samklang.core.spi.RawAddress;

class BadInputTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenNoMessage_whenHandedIn_thenItIsRejectedAndTheEngineKeepsWorking() {
        InboundReceipt receipt = fixture.ingest((InboundMessage) null);

        assertEquals(Status.REJECTED, receipt.status());
        assertTrue(receipt.detail().contains("null"), receipt.detail());
        assertEquals(Status.STORED, fixture.ingest(Inbound.sms("s1", "070-123 45 67", "Hej", t0)).status());
    }

    @Test
    void givenMissingRequiredParts_whenAPluginBuildsAMessage_thenItLearnsWhichPartIsMissing() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InboundMessage.builder(null, MediaType.EMAIL, "<m1@x>", RawAddress.of(Address.Scheme.MAILTO,
                        "a@b.se"), t0).build());
        assertEquals("channelId must not be blank", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InboundMessage.builder("email", MediaType.EMAIL, "<m1@x>",
                RawAddress.of(Address.Scheme.MAILTO, "a@b.se"), t0).metadata("X-Null", null).build());
    }

    @Test
    void givenAHugeBody_whenStored_thenItIsCutAtTheCapFlaggedAndTheReceiptSaysSo() {
        String huge = "a".repeat(InboundPreparer.MAX_TEXT * 3);
        InboundReceipt receipt = fixture.ingest(Inbound.email("<big@x>", "anna@kund.se", "Stor", t0, null)
                .text(huge));

        assertEquals(Status.STORED, receipt.status());
        assertTrue(receipt.detail().contains("text cut from 3145728 to 1048576"), receipt.detail());
        Message stored = fixture.engine.message(receipt.messageId().orElseThrow()).orElseThrow();
        assertEquals(InboundPreparer.MAX_TEXT, stored.text().length());
        assertTrue(stored.truncated());
    }

    @Test
    void givenAnInvalidPhoneNumber_whenAMessageArrives_thenItIsStoredUnderAnUnresolvedCustomerNotLost() {
        InboundReceipt first = fixture.ingest(Inbound.sms("s1", "12ab", "Ring mig", t0));
        InboundReceipt second = fixture.ingest(Inbound.sms("s2", "12ab", "Hallå?", t0.plusSeconds(5)));

        assertEquals(Status.STORED, first.status());
        assertTrue(first.detail().contains("unresolved"), first.detail());
        Message stored = fixture.engine.message(first.messageId().orElseThrow()).orElseThrow();
        assertEquals(new Address(Address.Scheme.UNRESOLVED, "tel:12ab"), stored.from().orElseThrow());
        Customer customer = fixture.engine.customer(stored.customerId()).orElseThrow();
        assertTrue(customer.isUnresolved());
        assertEquals(first.conversationId(), second.conversationId(), "the same raw sender is grouped");
    }

    @Test
    void givenAnOverlongRemoteId_whenHandedIn_thenItIsRejectedBecauseCuttingItWouldBreakDedup() {
        InboundReceipt receipt = fixture.ingest(Inbound.email("<" + "x".repeat(2000) + ">", "anna@kund.se", "Hej",
                t0, null));

        assertEquals(Status.REJECTED, receipt.status());
        assertTrue(receipt.detail().contains("too long"), receipt.detail());
    }

    @Test
    void givenAReceivedAtFarInTheFuture_whenStored_thenTheEngineClockIsUsedInstead() {
        InboundReceipt receipt = fixture.ingest(Inbound.email("<m1@x>", "anna@kund.se", "Hej",
                t0.plus(Duration.ofDays(400)), null));

        Message stored = fixture.engine.message(receipt.messageId().orElseThrow()).orElseThrow();
        assertEquals(t0, stored.occurredAt());
        assertTrue(receipt.detail().contains("future"), receipt.detail());
    }

    @Test
    void givenFloodsOfThreadKeysAndHeaders_whenStored_thenTheExcessIsDroppedWithANote() {
        InboundMessage.Builder message = Inbound.email("<m1@x>", "anna@kund.se", "Hej", t0, null);
        for (int i = 0; i < 500; i++) {
            message.threadKey("<ref" + i + "@x>").metadata("X-Header-" + i, "v" + i);
        }
        message.threadKey("").threadKey("k".repeat(5000)).metadata("X-Long", "v".repeat(100_000));

        InboundReceipt receipt = fixture.ingest(message);

        assertEquals(Status.STORED, receipt.status());
        Message stored = fixture.engine.message(receipt.messageId().orElseThrow()).orElseThrow();
        assertEquals(InboundPreparer.MAX_METADATA, stored.metadata().size());
        assertTrue(receipt.detail().contains("thread keys"), receipt.detail());
        assertTrue(receipt.detail().contains("metadata"), receipt.detail());
    }

    @Test
    void givenANullDeliveryReceipt_whenHandedIn_thenItIsIgnoredAsUnknown() {
        assertEquals(DeliveryReceipt.Outcome.UNKNOWN_MESSAGE,
                EngineFixture.await(fixture.engine.inbound().acceptReceipt(null)));
    }
}
