package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.ChannelLimitException;
import org.samklang.core.api.model.ChannelLimitProblem;

class ChannelLimitTextsTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final UiMessages swedish = UiMessages.forLocale(Locale.forLanguageTag("sv"));
    private final Clock clock = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
    private final ChannelLimitTexts inEnglish = new ChannelLimitTexts(english, new TimeTexts(clock, english));
    private final ChannelLimitTexts inSwedish = new ChannelLimitTexts(swedish, new TimeTexts(clock, swedish));

    @Test
    void everyKindIsWordedInEnglishAndSwedish() {
        ChannelLimitProblem call = ChannelLimitProblem.callChannel("phone.pbx");
        assertEquals("phone.pbx carries calls, not typed text. Reply on another channel.", inEnglish.describe(call));
        assertEquals("phone.pbx bär samtal, inte skriven text. Svara i en annan kanal.", inSwedish.describe(call));

        ChannelLimitProblem kept = ChannelLimitProblem.textTooLongToKeep("email.support", 1_048_577, 1_048_576);
        assertEquals("The reply has 1,048,577 characters; Samklang keeps at most 1,048,576. Shorten it.",
                inEnglish.describe(kept));
        assertEquals("Svaret har 1\u00A0048\u00A0577 tecken; Samklang sparar högst 1\u00A0048\u00A0576. Korta det.",
                inSwedish.describe(kept));

        ChannelLimitProblem start = ChannelLimitProblem.cannotStart("social.x");
        assertEquals("The customer has never written on social.x, and social.x cannot start a conversation. Reply on"
                + " another channel.", inEnglish.describe(start));
        assertEquals("Kunden har aldrig skrivit i social.x, och social.x kan inte inleda en konversation. Svara i en"
                + " annan kanal.", inSwedish.describe(start));
    }

    @Test
    void attachmentsAreNamedAndCountedAndTheirSizesReadable() {
        assertEquals("sms.support cannot carry attachments. Remove \u201Cfoto.jpg\u201D or reply on another channel.",
                inEnglish.describe(ChannelLimitProblem.noAttachments("sms.support", "foto.jpg", 1)));
        assertEquals("sms.support cannot carry attachments. Remove \u201Cfoto.jpg\u201D and the other attachments or"
                + " reply on another channel.",
                inEnglish.describe(ChannelLimitProblem.noAttachments("sms.support", "foto.jpg", 3)));
        assertEquals("sms.support kan inte bära bilagor. Ta bort \u201Dfoto.jpg\u201D och de andra bilagorna eller"
                + " svara i en annan kanal.",
                inSwedish.describe(ChannelLimitProblem.noAttachments("sms.support", "foto.jpg", 3)));

        ChannelLimitProblem large = ChannelLimitProblem.attachmentTooLarge("email.support", "avtal.pdf",
                30L * 1024 * 1024, 25L * 1024 * 1024);
        assertEquals(
                "The attachment \u201Cavtal.pdf\u201D is 30 MB; email.support carries at most 25 MB per attachment.",
                inEnglish.describe(large));
        assertEquals("Bilagan \u201Davtal.pdf\u201D är 30 MB; email.support bär högst 25 MB per bilaga.",
                inSwedish.describe(large));
    }

    @Test
    void theReplyWindowSaysHowLongItWasAndWhenItClosedInLocalTime() {
        ChannelLimitProblem closed = ChannelLimitProblem.windowClosed("social.x", Duration.ofHours(2),
                TestData.NOW.minus(Duration.ofHours(1)));
        assertEquals("The reply window of social.x (2 h after the customer's last message) closed at 08:00. Reply on"
                + " another channel.", inEnglish.describe(closed));
        assertEquals("Svarsfönstret i social.x (2 tim efter kundens senaste meddelande) stängdes 08:00. Svara i en"
                + " annan kanal.", inSwedish.describe(closed));
    }

    @Test
    void aStoredCodeIsWordedAndAnOldOrForeignReasonShownAsStored() {
        String coded = ChannelLimitProblem.textTooLong("sms.support", 1200, 918).toStored();
        assertEquals("Svaret har 1\u00A0200 tecken; sms.support tillåter högst 918. Korta det eller svara i en annan"
                + " kanal.", inSwedish.describeStored(coded));

        assertEquals("not sent: the reply has 1200 characters; sms.support allows at most 918",
                inSwedish.describeStored("not sent: the reply has 1200 characters; sms.support allows at most 918"));
        assertEquals("550 mailbox unavailable", inEnglish.describeStored("550 mailbox unavailable\n"));
    }

    @Test
    void aDamagedStoredValueFallsBackToTheCoresEnglish() {
        String damaged = "limit:TEXT_TOO_LONG sms.support many 918";

        assertEquals("the reply has many characters; sms.support allows at most 918",
                inEnglish.describeStored(damaged));
    }

    @Test
    void aRefusalOfTheEngineIsWordedWhereFailuresAreShown() {
        var failure = new CompletionException(new ChannelLimitException(
                ChannelLimitProblem.textTooLong("sms.support", 1200, 918)));

        assertEquals("The reply has 1,200 characters; sms.support allows at most 918. Shorten it or reply on another"
                + " channel.", FailureTexts.describe(failure, english, new TimeTexts(clock, english)));
        assertEquals("Svaret har 1\u00A0200 tecken; sms.support tillåter högst 918. Korta det eller svara i en annan"
                + " kanal.", FailureTexts.describe(failure, swedish));
    }
}
