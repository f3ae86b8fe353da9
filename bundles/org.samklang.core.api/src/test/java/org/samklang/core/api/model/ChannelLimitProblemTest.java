package org.samklang.core.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelLimitProblemTest {

    @Test
    void everyKindReadsBackWhatWasStored() {
        List<ChannelLimitProblem> problems = List.of(ChannelLimitProblem.callChannel("phone.pbx"),
                ChannelLimitProblem.textTooLong("sms.support", 1200, 918),
                ChannelLimitProblem.textTooLongToKeep("mail", 2_000_000, 1_000_000),
                ChannelLimitProblem.noAttachments("sms.support", "foto.jpg", 2),
                ChannelLimitProblem.attachmentTooLarge("mail", "avtal.pdf", 30_000_000, 25_000_000),
                ChannelLimitProblem.cannotStart("social.x"),
                ChannelLimitProblem.windowClosed("social.x", Duration.ofHours(24),
                        Instant.parse("2026-12-07T08:00:00Z")));

        for (ChannelLimitProblem problem : problems) {
            assertEquals(Optional.of(problem), ChannelLimitProblem.fromStored(problem.toStored()), problem.toStored());
        }
    }

    @Test
    void aFileNameWithSpacesPercentAndLineBreaksSurvivesOnOneLine() {
        ChannelLimitProblem problem = ChannelLimitProblem.noAttachments("sms.support", "min bild 100%\n.jpg", 1);

        String stored = problem.toStored();

        assertFalse(stored.contains("\n"), stored);
        assertEquals(Optional.of(problem), ChannelLimitProblem.fromStored(stored));
    }

    @Test
    void aReasonStoredBeforeCodesOrAChannelsOwnReasonIsNoLimitProblem() {
        assertEquals(Optional.empty(), ChannelLimitProblem.fromStored(
                "not sent: the reply has 1200 characters; sms.support allows at most 918"));
        assertEquals(Optional.empty(), ChannelLimitProblem.fromStored("550 mailbox unavailable"));
        assertEquals(Optional.empty(), ChannelLimitProblem.fromStored("limit:FUTURE_KIND sms.support 1"));
        assertEquals(Optional.empty(), ChannelLimitProblem.fromStored("limit:TEXT_TOO_LONG sms.support 1"));
        assertEquals(Optional.empty(), ChannelLimitProblem.fromStored(null));
    }

    @Test
    void theEnglishTextForLogsNamesTheChannelAndTheLimit() {
        String text = ChannelLimitProblem.textTooLong("sms.support", 1200, 918).englishText();

        assertTrue(text.contains("1200") && text.contains("sms.support") && text.contains("918"), text);
    }

    @Test
    void aKindWithTheWrongNumberOfValuesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ChannelLimitProblem(ChannelLimitProblem.Kind.TEXT_TOO_LONG, "sms.support", List.of("1")));
    }
}
