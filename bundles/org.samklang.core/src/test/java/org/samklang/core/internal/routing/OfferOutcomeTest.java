package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.routing.RoutingCommand.WorkAbandoned;
import org.samklang.core.internal.routing.RoutingDecision.OfferWithdrawn;
import org.samklang.core.internal.routing.RoutingDecision.Requeued;
import org.samklang.core.internal.routing.RoutingDecision.SetNotReady;

/** What happens to an offer: accepted, declined, timed out (ring-no-answer), withdrawn. */
class OfferOutcomeTest {

    private static RoutingScenario phoneWith(String... agents) {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE));
        for (String agent : agents) {
            scenario.readyAgent(AgentProfile.of(agent));
            scenario.afterSeconds(1);
        }
        return scenario;
    }

    @Test
    void givenAnOffer_whenTheAgentDeclines_thenTheNextAgentIsOfferedIt() {
        RoutingScenario scenario = phoneWith("karin", "anders");
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");

        scenario.decline("call-1", "karin");

        assertEquals(List.of(new Requeued("call-1", "phone", "declined")), scenario.decisionsOf(Requeued.class));
        scenario.expectOffer("call-1", "anders");
    }

    @Test
    void givenTheOnlyAgentDeclined_whenTheCooldownRuns_thenItIsNotReofferedUntilTheCooldownEnds() {
        RoutingScenario scenario = phoneWith("karin");
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");

        scenario.decline("call-1", "karin").expectNoOffer();
        scenario.afterSeconds(59).expectNoOffer();
        assertTrue(scenario.engine.openOffers().isEmpty());

        scenario.afterSeconds(1).expectOffer("call-1", "karin");
    }

    @Test
    void givenADeclinedCall_whenAnotherCallWaits_thenTheDeclinerGetsTheOtherOne() {
        RoutingScenario scenario = phoneWith("karin");
        scenario.arrive("call-1", "phone").arrive("call-2", "phone");

        scenario.decline("call-1", "karin").expectOffer("call-2", "karin");
    }

    @Test
    void givenAnOffer_whenNobodyAnswersFor15Seconds_thenTheAgentIsSetNotReadyAndTheCallGoesToTheNext() {
        RoutingScenario scenario = phoneWith("karin", "anders");
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");

        scenario.afterSeconds(14).expectNoOffer();
        scenario.afterSeconds(1);

        assertEquals(List.of(new SetNotReady("karin", "not-responding")), scenario.decisionsOf(SetNotReady.class));
        assertEquals(List.of(new Requeued("call-1", "phone", "not-responding")),
                scenario.decisionsOf(Requeued.class));
        scenario.expectOffer("call-1", "anders");
    }

    @Test
    void givenATimedOutCall_whenItIsRequeued_thenItKeepsItsArrivalTimeAndPlace() {
        RoutingScenario scenario = phoneWith("karin");
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");
        scenario.afterSeconds(5).arrive("call-2", "phone").expectNoOffer();

        scenario.afterSeconds(10);
        assertEquals(2, scenario.figures("phone").waiting());
        assertEquals(Duration.ofSeconds(15), scenario.figures("phone").longestWait());

        scenario.readyAgent(AgentProfile.of("anders")).expectOffer("call-1", "anders");
    }

    @Test
    void givenANotRespondingAgent_whenTheyBecomeReadyAgain_thenTheyAreOfferedWorkAgain() {
        RoutingScenario scenario = phoneWith("karin");
        scenario.arrive("call-1", "phone");
        scenario.afterSeconds(15).expectNoOffer();

        scenario.routable("karin", true).expectOffer("call-1", "karin");
    }

    @Test
    void givenAConfiguredRingTimeout_whenItPasses_thenTheOfferTimesOut() {
        RoutingScenario scenario = new RoutingScenario(RoutingSettings.defaults(ZoneOffset.UTC)
                .withOfferTimeout(MediaType.VOICE, Duration.ofSeconds(8)))
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE)).readyAgent(AgentProfile.of("karin"));
        scenario.arrive("call-1", "phone");

        scenario.afterSeconds(8);

        assertEquals(1, scenario.decisionsOf(SetNotReady.class).size());
    }

    @Test
    void givenAnAcceptedOffer_whenTheTimeoutPasses_thenNothingHappens() {
        RoutingScenario scenario = phoneWith("karin");
        scenario.arriveAndAccept("call-1", "phone", "karin");

        scenario.afterSeconds(60);

        assertTrue(scenario.last().isEmpty(), () -> "unexpected " + scenario.last());
    }

    @Test
    void givenARingingOffer_whenTheCustomerHangsUp_thenTheOfferIsWithdrawnAndTheAgentFreed() {
        RoutingScenario scenario = phoneWith("karin");
        scenario.arrive("call-1", "phone").arrive("call-2", "phone");

        scenario.accepted(new WorkAbandoned("call-1"));

        assertEquals(List.of(new OfferWithdrawn("call-1", "karin", "abandoned")),
                scenario.decisionsOf(OfferWithdrawn.class));
        scenario.expectOffer("call-2", "karin");
    }
}
