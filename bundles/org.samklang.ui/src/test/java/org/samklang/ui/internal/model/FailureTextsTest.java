package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;

class FailureTextsTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final UiMessages swedish = UiMessages.forLocale(Locale.forLanguageTag("sv"));

    @Test
    void aStoreFailureIsTranslatedFromItsReason() {
        var failure = new CompletionException(new StoreUnavailableException(StoreUnavailableException.Reason.LOCKED,
                "Another process uses the data directory"));
        assertEquals("Another Samklang uses the same data folder.", FailureTexts.describe(failure, english));
        assertEquals("En annan Samklang använder samma datamapp.", FailureTexts.describe(failure, swedish));
    }

    @Test
    void theEnginesOwnSentenceIsShownForARefusedRequest() {
        var failure = new CompletionException(new IllegalStateException("The reply window closed 2 h ago.\u0000"));
        assertEquals("The reply window closed 2 h ago.", FailureTexts.describe(failure, english));
        assertEquals("The engine refused the request.", FailureTexts.describe(new IllegalArgumentException(),
                english));
    }

    @Test
    void anythingElseNamesItsType() {
        assertEquals("Unexpected error (NullPointerException).",
                FailureTexts.describe(new NullPointerException(), english));
        assertEquals("Unexpected error (RuntimeException): boom",
                FailureTexts.describe(new RuntimeException("boom"), english));
    }
}
