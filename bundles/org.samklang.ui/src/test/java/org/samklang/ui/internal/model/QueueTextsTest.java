package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.api.model.QueueFigures;

class QueueTextsTest {

    private final QueueTexts texts = new QueueTexts(UiMessages.forLocale(Locale.ENGLISH),
            new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.ENGLISH)));

    @Test
    void aQueueBlockShowsWaitingLongestWaitServiceLevelAndReadyAgents() {
        QueueBlock block = texts.block(figures("phone", "Phone", 3, OptionalDouble.of(87.6), List.of()));
        assertEquals("\u260E Phone", block.title());
        assertEquals("3 waiting · longest 0:42", block.waiting());
        assertEquals("SL 87 % (target 80 %)", block.serviceLevel());
        assertEquals("2 ready", block.ready());
        assertEquals(Tone.GOOD, block.serviceLevelTone());
        assertTrue(block.tooltip().contains("of offered calls, short abandons excluded"), block.tooltip());
        assertTrue(block.tooltip().contains("Average handle time today: 4:30"), block.tooltip());
        assertTrue(block.tooltip().contains("Ready: 2, of them 1 with an offer ringing"), block.tooltip());
    }

    @Test
    void aServiceLevelBelowTargetIsAmberThenRed() {
        assertEquals(Tone.WARNING, QueueTexts.serviceLevelTone(figures("q", "Q", 0, OptionalDouble.of(72),
                List.of())));
        assertEquals(Tone.ERROR, QueueTexts.serviceLevelTone(figures("q", "Q", 0, OptionalDouble.of(69.9),
                List.of())));
        assertEquals(Tone.MUTED, QueueTexts.serviceLevelTone(figures("q", "Q", 0, OptionalDouble.empty(),
                List.of())));
    }

    @Test
    void anEmptyQueueAndAnUnmeasuredServiceLevelReadNaturally() {
        QueueBlock block = texts.block(figures("chat", "Chat", 0, OptionalDouble.empty(), List.of()));
        assertEquals("Nobody waiting", block.waiting());
        assertEquals("SL – (target 80 %)", block.serviceLevel());
    }

    @Test
    void overflowLinesNameSourceTargetAndSince() {
        var toPartner = new OverflowState("sales", OverflowState.Kind.PARTNER, Optional.of("acme"),
                TestData.NOW.minusSeconds(3_600 - 42 * 60), 4);
        var toSupport = new OverflowState("sales", OverflowState.Kind.QUEUE, Optional.of("support"),
                TestData.NOW, 1);
        var toVoicemail = new OverflowState("support", OverflowState.Kind.VOICEMAIL, Optional.empty(),
                TestData.NOW, 1);
        List<QueueFigures> queues = List.of(figures("sales", "Sales", 5, OptionalDouble.of(50),
                List.of(toPartner, toSupport)),
                figures("support", "Support", 1, OptionalDouble.of(90),
                        List.of(toVoicemail)));
        assertEquals(List.of("Sales → partner acme since 08:42", "Sales → Support since 09:00",
                "Support → voicemail since 09:00"), texts.overflowLines(queues));
    }

    @Test
    void anOverflowToTheDefaultPartnerGroupSaysPartnerOnce() {
        var toPartners = new OverflowState("voice", OverflowState.Kind.PARTNER, Optional.of("partner"),
                TestData.NOW, 2);

        assertEquals(List.of("Phone → partner since 09:00"), texts.overflowLines(List.of(figures("voice", "Phone", 2,
                OptionalDouble.empty(), List.of(toPartners)))));
        QueueTexts swedish = new QueueTexts(UiMessages.forLocale(Locale.of("sv")), new TimeTexts(
                Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.of("sv"))));
        assertEquals(List.of("Telefon → partner sedan 09:00"), swedish.overflowLines(List.of(figures("voice",
                "Telefon", 2, OptionalDouble.empty(), List.of(toPartners)))));
    }

    /** Figures of an empty queue of {@code media} with target time {@code target}, for other tests. */
    static QueueFigures figures(MediaType media, Duration target) {
        return new QueueFigures(media.name().toLowerCase(java.util.Locale.ROOT), media.name(), media, 0,
                Duration.ZERO, OptionalDouble.empty(), 80, target,
                QueueFigures.ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS, 0, 0, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), TestData.NOW);
    }

    @Test
    void anUnnamedQueueOfTheDesksDefaultsIsNamedByItsMediaTypeInTheUsersLanguage() {
        QueueTexts swedish = new QueueTexts(UiMessages.forLocale(Locale.of("sv")),
                new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.of("sv"))));
        QueueFigures unnamed = figures("voice", "", 0, OptionalDouble.empty(), List.of());

        assertEquals("\u260E Phone", texts.block(unnamed).title());
        assertEquals("\u260E Telefon", swedish.block(unnamed).title());
    }

    private static QueueFigures figures(String id, String name, int waiting, OptionalDouble level,
            List<OverflowState> overflows) {
        return new QueueFigures(id, name, MediaType.VOICE, waiting, Duration.ofSeconds(waiting == 0 ? 0 : 42),
                level, 80, Duration.ofSeconds(20), QueueFigures.ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS, 2,
                1, Optional.of(Duration.ofSeconds(12)), Optional.of(Duration.ofSeconds(270)), Optional.empty(),
                overflows, TestData.NOW);
    }
}
