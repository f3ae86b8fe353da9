package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallOutcome.Problem;

/** The core says why a call command was not done as a problem and data; the desktop says it in the user's language. */
class CallOutcomeTextsTest {

    private static final UiMessages ENGLISH = UiMessages.forLocale(Locale.ENGLISH);
    private static final UiMessages SWEDISH = UiMessages.forLocale(Locale.of("sv"));

    @Test
    void everyProblemHasItsOwnSentenceInEnglishAndSwedish() {
        for (Problem problem : Problem.values()) {
            String key = "call.problem." + UiMessages.keyOf(problem);
            assertTrue(ENGLISH.has(key) && SWEDISH.has(key), key);
            if (problem != Problem.PBX_REFUSED) {
                assertNotEquals(ENGLISH.format(key, "x"), SWEDISH.format(key, "x"), key);
            }
        }
    }

    @Test
    void theDetailIsShownAsDataInTheSentence() {
        assertEquals("Okänd avslutskod \"frakt\".", CallOutcomeTexts.describe(new CallOutcome.Refused(
                Problem.UNKNOWN_WRAP_UP_CODE, "frakt"), SWEDISH));
        assertEquals("Telefonisystemet kan inte koppla på det sättet: Till röstbrevlåda.", CallOutcomeTexts.describe(
                new CallOutcome.Refused(Problem.CANNOT_TRANSFER, "VOICEMAIL"), SWEDISH));
        assertEquals("The phone system failed: connection reset", CallOutcomeTexts.describe(
                new CallOutcome.Unreachable(Problem.PBX_FAILED, "connection\nreset\u202E"), ENGLISH));
    }
}
