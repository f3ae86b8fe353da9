package org.samklang.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samklang.core.api.model.DeliveryState;

class DeliveryTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "SENDING, DELIVERED, true",
            "QUEUED, SENT, true",
            "SENT, DELIVERED, true",
            "DELIVERED, READ, true",
            "READ, DELIVERED, false",
            "DELIVERED, SENT, false",
            "SENT, SENT, false",
            "SENT, FAILED, true",
            "DELIVERED, FAILED, false",
            "FAILED, FAILED, false",
            "FAILED, DELIVERED, true",
            "FAILED, SENT, false",
            "RECEIVED, READ, false",
    })
    void receiptsOnlyMoveAMessageForward(DeliveryState current, DeliveryState next, boolean allowed) {
        assertEquals(allowed, DeliveryTransitions.receiptMayMove(current, next));
    }
}
