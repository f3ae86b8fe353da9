package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.routing.RoutingCommand.WorkArrived;
import org.samklang.core.internal.sla.ServiceLevelTarget;

/** Priority with SLA ageing: urgent work first, but old low-priority work is never starved. */
class AgeingTest {

    private static final ServiceLevelTarget TWENTY_SECONDS = new ServiceLevelTarget(80, Duration.ofSeconds(20));

    private final RoutingScenario scenario = new RoutingScenario()
            .queue(QueueDefinition.of("low", "Low", MediaType.VOICE).withPriority(1).withTarget(TWENTY_SECONDS))
            .queue(QueueDefinition.of("high", "High", MediaType.VOICE).withPriority(9).withTarget(TWENTY_SECONDS))
            .readyAgent(AgentProfile.of("karin"));

    @Test
    void givenFreshLowAndHighPriorityCalls_whenTheAgentIsFree_thenTheHighPriorityCallGoesFirst() {
        scenario.arriveAndAccept("busy", "low", "karin");
        scenario.arrive("low-1", "low").afterSeconds(10).arrive("high-1", "high");

        scenario.complete("busy").expectOffer("high-1", "karin");
    }

    @Test
    void givenAStreamOfHighPriorityCalls_whenTheLowPriorityCallHasAgedPastTheirUrgency_thenItIsServed() {
        // Low priority waits up to 4 x 20 s = 80 s; high priority up to 20 s / 4 = 5 s.
        scenario.arriveAndAccept("busy", "low", "karin");
        scenario.arrive("old-low", "low");
        int highCalls = 0;
        String served = null;
        for (int second = 10; second <= 200 && served == null; second += 10) {
            scenario.afterSeconds(10).arrive("high-" + ++highCalls, "high");
            String finished = highCalls == 1 ? "busy" : "high-" + (highCalls - 1);
            scenario.complete(finished);
            String offered = scenario.offers().get(0).itemId();
            scenario.accept(offered, "karin");
            if (offered.equals("old-low")) {
                served = offered;
            } else {
                // The fresh high call was served; give the agent back the one that just arrived.
                assertEquals("high-" + highCalls, offered);
            }
        }
        assertEquals("old-low", served, "old low-priority work must not starve");
        assertTrue(highCalls * 10L >= 75, "it had to age: served after " + highCalls * 10 + " s");
        assertTrue(highCalls * 10L <= 90, "but not much past its 80 s virtual deadline: " + highCalls * 10 + " s");
    }

    @Test
    void givenAnItemPriorityOverride_whenItArrivesLater_thenItBeatsEarlierWorkOfTheQueuesDefaultPriority() {
        scenario.arriveAndAccept("busy", "low", "karin");
        scenario.arrive("plain", "low").afterSeconds(10);
        scenario.accepted(new WorkArrived("escalated", "low", OptionalInt.of(9)));

        scenario.complete("busy").expectOffer("escalated", "karin");
        scenario.accept("escalated", "karin").complete("escalated").expectOffer("plain", "karin");
    }

    @Test
    void virtualDeadlinesScaleTheTargetByPriority() {
        long arrival = 1_000_000;
        Duration target = Duration.ofSeconds(20);

        assertEquals(arrival + 20_000, Urgency.deadlineMillis(arrival, target, 5));
        assertEquals(arrival + 10_000, Urgency.deadlineMillis(arrival, target, 7));
        assertEquals(arrival + 5_000, Urgency.deadlineMillis(arrival, target, 9));
        assertEquals(arrival + 80_000, Urgency.deadlineMillis(arrival, target, 1));
    }
}
