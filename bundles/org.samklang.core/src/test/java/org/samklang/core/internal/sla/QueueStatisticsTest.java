package org.samklang.core.internal.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.QueueFigures.ServiceLevelVariant;

/** Service-level figures kept incrementally from events, per 15-minute interval and for today. */
class QueueStatisticsTest {

    private static final Instant NINE = Instant.parse("2026-11-16T09:00:00Z");
    private static final ServiceLevelTarget VOICE_80_20 = new ServiceLevelTarget(80, Duration.ofSeconds(20));

    private final QueueStatistics statistics = new QueueStatistics(VOICE_80_20,
            ServiceLevelSettings.defaults(ZoneOffset.UTC), NINE);
    private int nextId;

    /** A contact that arrives at {@code at} and is answered after {@code waitSeconds}. */
    private void answered(Instant at, long waitSeconds) {
        String id = "c" + nextId++;
        statistics.arrived(id, at);
        statistics.answered(id, at.plusSeconds(waitSeconds));
    }

    private void abandoned(Instant at, long waitSeconds) {
        String id = "c" + nextId++;
        statistics.arrived(id, at);
        statistics.abandoned(id, at.plusSeconds(waitSeconds));
    }

    /** 3 answered within T (one exactly at T), 1 late; abandons: 1 short (5 s), 1 within T, 1 late. */
    private IntervalFigures mixedMorning() {
        answered(NINE, 2);
        answered(NINE.plusSeconds(10), 12);
        answered(NINE.plusSeconds(20), 20);
        answered(NINE.plusSeconds(30), 45);
        abandoned(NINE.plusSeconds(40), 5);
        abandoned(NINE.plusSeconds(50), 15);
        abandoned(NINE.plusSeconds(60), 40);
        return statistics.today(NINE.plusSeconds(120));
    }

    @Test
    void givenAMixedMorning_whenCountedByTheDefaultVariant_thenShortAbandonsLeaveTheDenominator() {
        IntervalFigures today = mixedMorning();

        // 3 met / (4 answered + 3 abandoned - 1 short abandon) = 3/6
        assertEquals(50.0, today.serviceLevelPercent(ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS).orElseThrow(),
                1e-9);
        assertEquals(1, today.shortAbandoned());
        assertEquals(7, today.offered());
    }

    @Test
    void givenAMixedMorning_whenCountedByAnsweredOnly_thenAbandonsAreIgnored() {
        // 3 met / 4 answered
        assertEquals(75.0, mixedMorning().serviceLevelPercent(ServiceLevelVariant.ANSWERED_ONLY).orElseThrow(), 1e-9);
    }

    @Test
    void givenAMixedMorning_whenAbandonsWithinTargetCountAsMet_thenBothEarlyAbandonsAreMet() {
        // (3 answered within T + 2 abandoned within T) / 7 offered
        assertEquals(100.0 * 5 / 7,
                mixedMorning().serviceLevelPercent(ServiceLevelVariant.ABANDONS_WITHIN_TARGET_MET).orElseThrow(),
                1e-9);
    }

    @Test
    void givenNoShortAbandonThreshold_whenAContactLeavesAfter3s_thenItCountsAgainstTheServiceLevel() {
        ServiceLevelSettings strict = new ServiceLevelSettings(ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS,
                Duration.ZERO, Duration.ofMinutes(15), ZoneOffset.UTC);
        QueueStatistics strictStatistics = new QueueStatistics(VOICE_80_20, strict, NINE);
        strictStatistics.arrived("a", NINE);
        strictStatistics.answered("a", NINE.plusSeconds(3));
        strictStatistics.arrived("b", NINE);
        strictStatistics.abandoned("b", NINE.plusSeconds(3));

        assertEquals(50.0, strictStatistics.today(NINE.plusSeconds(5))
                .serviceLevelPercent(ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS).orElseThrow(), 1e-9);
    }

    @Test
    void givenOnlyShortAbandons_whenTheDefaultVariantIsAsked_thenThereIsNoServiceLevelYet() {
        abandoned(NINE, 1);

        assertTrue(statistics.today(NINE.plusSeconds(2))
                .serviceLevelPercent(ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS).isEmpty());
    }

    @Test
    void givenAnsweredAndCompletedContacts_whenAveraged_thenAsaAhtAndFirstResponseAreTheMeans() {
        answered(NINE, 10);
        answered(NINE, 30);
        statistics.completed(Duration.ofSeconds(200), NINE.plusSeconds(300));
        statistics.completed(Duration.ofSeconds(100), NINE.plusSeconds(400));
        statistics.firstResponse(Duration.ofMinutes(3), NINE.plusSeconds(500));

        IntervalFigures today = statistics.today(NINE.plusSeconds(600));

        assertEquals(Duration.ofSeconds(20), today.averageSpeedOfAnswer().orElseThrow());
        assertEquals(Duration.ofSeconds(150), today.averageHandleTime().orElseThrow());
        assertEquals(Duration.ofMinutes(3), today.averageFirstResponse().orElseThrow());
    }

    @Test
    void givenWaitingContacts_whenAsked_thenWaitingAndLongestWaitAreLive() {
        statistics.arrived("old", NINE);
        statistics.arrived("new", NINE.plusSeconds(30));
        assertEquals(2, statistics.waiting());
        assertEquals(Duration.ofSeconds(42), statistics.longestWait(NINE.plusSeconds(42)));

        statistics.answered("old", NINE.plusSeconds(50));

        assertEquals(1, statistics.waiting());
        assertEquals(Duration.ofSeconds(30), statistics.longestWait(NINE.plusSeconds(60)));
        statistics.overflowedOut("new", NINE.plusSeconds(70));
        assertEquals(Duration.ZERO, statistics.longestWait(NINE.plusSeconds(80)));
        assertEquals(1, statistics.today(NINE.plusSeconds(80)).overflowedOut());
    }

    @Test
    void givenEventsInTwoIntervals_whenTheSecondRuns_thenTheFirstIsClosedAndTodayHoldsBoth() {
        answered(NINE.plusSeconds(10 * 60), 5);
        answered(NINE.plusSeconds(20 * 60), 50);

        Instant later = NINE.plusSeconds(25 * 60);
        List<IntervalFigures> closed = statistics.closedIntervalsToday(later);
        IntervalFigures current = statistics.currentInterval(later);

        assertEquals(1, closed.size());
        assertEquals(NINE, closed.get(0).start());
        assertEquals(NINE.plusSeconds(15 * 60), closed.get(0).end());
        assertEquals(1, closed.get(0).answeredWithinTarget());
        assertEquals(NINE.plusSeconds(15 * 60), current.start());
        assertEquals(0, current.answeredWithinTarget());
        assertEquals(1, current.answered());
        assertEquals(2, statistics.today(later).answered());
    }

    @Test
    void givenYesterdaysFigures_whenANewDayStarts_thenTodayStartsFromZero() {
        answered(NINE, 5);

        Instant tomorrow = NINE.plus(Duration.ofDays(1));
        IntervalFigures today = statistics.today(tomorrow);

        assertEquals(0, today.answered());
        assertEquals(Instant.parse("2026-11-17T00:00:00Z"), today.start());
        assertTrue(statistics.closedIntervalsToday(tomorrow).isEmpty());
    }

    @Test
    void givenAStockholmZone_whenTodayIsAsked_thenItStartsAtLocalMidnight() {
        QueueStatistics stockholm = new QueueStatistics(VOICE_80_20,
                ServiceLevelSettings.defaults(ZoneId.of("Europe/Stockholm")), NINE);

        IntervalFigures today = stockholm.today(NINE);

        assertEquals(Instant.parse("2026-11-15T23:00:00Z"), today.start());
        assertEquals(Instant.parse("2026-11-16T09:00:00Z"), stockholm.currentInterval(NINE.plusSeconds(60)).start());
    }

    @Test
    void contractViolationsAreRejectedWithoutChangingAnything() {
        statistics.arrived("a", NINE);

        assertThrows(IllegalArgumentException.class, () -> statistics.arrived("a", NINE));
        assertThrows(IllegalArgumentException.class, () -> statistics.answered("ghost", NINE));
        assertThrows(IllegalArgumentException.class, () -> statistics.completed(Duration.ofSeconds(-1), NINE));
        assertEquals(1, statistics.waiting());
        assertEquals(0, statistics.today(NINE).offered());
    }

    @Test
    void settingsRejectIntervalsThatDoNotDivideADayAndNegativeThresholds() {
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevelSettings(
                ServiceLevelVariant.ANSWERED_ONLY, Duration.ofSeconds(5), Duration.ofMinutes(7), ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevelSettings(
                ServiceLevelVariant.ANSWERED_ONLY, Duration.ofSeconds(-5), Duration.ofMinutes(15), ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevelTarget(0, Duration.ofSeconds(20)));
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevelTarget(80, Duration.ZERO));
    }

    @Test
    void givenArrivalsHandedInNewestFirst_whenTheLongestWaitIsTaken_thenItIsTheEarliestArrivals() {
        Instant now = NINE.plus(Duration.ofHours(3));
        statistics.arrived("newest", now.minus(Duration.ofMinutes(9)));
        statistics.arrived("oldest", NINE);
        statistics.arrived("middle", NINE.plus(Duration.ofHours(1)));

        assertEquals(Duration.ofHours(3), statistics.longestWait(now));
        statistics.answered("oldest", now);
        assertEquals(Duration.ofHours(2), statistics.longestWait(now));
    }

    @Test
    void givenTheOutcomesOfAMorning_whenRestoredAfterARestart_thenTodayAndItsIntervalsAreAsCountedLive() {
        List<CountedOutcome> kept = new java.util.ArrayList<>();
        statistics.onCounted(kept::add);
        IntervalFigures live = mixedMorning();
        answered(NINE.plus(Duration.ofMinutes(40)), 3);
        Instant later = NINE.plus(Duration.ofHours(1));
        live = statistics.today(later);
        List<IntervalFigures> liveIntervals = statistics.closedIntervalsToday(later);

        QueueStatistics restarted = new QueueStatistics(VOICE_80_20, ServiceLevelSettings.defaults(ZoneOffset.UTC),
                later);
        restarted.restore(kept, later);

        assertEquals(live, restarted.today(later));
        assertEquals(liveIntervals, restarted.closedIntervalsToday(later));
        assertEquals(0, restarted.waiting());
        assertThrows(IllegalStateException.class, () -> restarted.restore(kept, later), "restored twice");
    }

    @Test
    void givenOutcomesOfYesterday_whenRestored_thenTodayLeavesThemOut() {
        List<CountedOutcome> yesterday = List.of(new CountedOutcome(CountedOutcome.Kind.ANSWERED,
                NINE.minus(Duration.ofDays(1)), Duration.ofSeconds(5)));

        statistics.restore(yesterday, NINE.plusSeconds(1));

        assertEquals(0, statistics.today(NINE.plusSeconds(1)).answered());
    }
}
