package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallMetadata;

class CallEventTextTest {

    @Test
    void aWrapUpOfTheDesksDefaultsIsNamedInTheUsersLanguageAnOtherCodeAsGiven() {
        CallEventText english = new CallEventText(UiMessages.forLocale(Locale.ENGLISH));
        CallEventText swedish = new CallEventText(UiMessages.forLocale(Locale.of("sv")));
        Map<String, String> delivery = Map.of(CallMetadata.EVENT, CallMetadata.Event.WRAP_UP,
                CallMetadata.WRAP_UP_CODE, "delivery");
        Map<String, String> own = Map.of(CallMetadata.EVENT, CallMetadata.Event.WRAP_UP,
                CallMetadata.WRAP_UP_CODE, "warranty-42");

        assertEquals(Optional.of("Wrap-up code: Delivery"), english.describe(delivery));
        assertEquals(Optional.of("Avslutskod: Leverans"), swedish.describe(delivery));
        assertEquals(Optional.of("Avslutskod: warranty-42"), swedish.describe(own));
    }
}
