package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.routing.RoutingCommand.RegisterAgent;
import org.samklang.core.internal.routing.RoutingDecision.OfferWithdrawn;
import org.samklang.core.internal.routing.RoutingDecision.Requeued;

/** Never offer to a non-routable or offline agent; rebalance when agents return or finish work. */
class PresenceAndRebalanceTest {

    private final RoutingScenario scenario = new RoutingScenario()
            .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE).withPriority(5))
            .queue(QueueDefinition.of("vip", "VIP phone", MediaType.VOICE).withPriority(9));

    @Test
    void givenARegisteredAgentWhosePresenceIsUnknown_whenACallArrives_thenTheyAreNotOffered() {
        scenario.accepted(new RegisterAgent(AgentProfile.of("karin")));

        scenario.arrive("call-1", "phone").expectNoOffer();
        assertEquals(0, scenario.figures("phone").agentsReady());
    }

    @Test
    void givenAnAgentWhoWentNotReady_whenCallsArriveForAnHour_thenNoneIsOfferedToThem() {
        scenario.readyAgent(AgentProfile.of("karin")).routable("karin", false);

        for (int call = 1; call <= 60; call++) {
            scenario.afterSeconds(60).arrive("call-" + call, "phone").expectNoOffer();
        }
        assertEquals(60, scenario.figures("phone").waiting());
    }

    @Test
    void givenARingingOffer_whenTheAgentGoesOffline_thenTheOfferIsWithdrawnAndTheCallGoesToAnother() {
        scenario.readyAgent(AgentProfile.of("karin")).afterSeconds(1).readyAgent(AgentProfile.of("anders"));
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");

        scenario.afterSeconds(3).routable("karin", false);

        assertEquals(List.of(new OfferWithdrawn("call-1", "karin", "not-routable")),
                scenario.decisionsOf(OfferWithdrawn.class));
        assertEquals(1, scenario.decisionsOf(Requeued.class).size());
        scenario.expectOffer("call-1", "anders");
        assertEquals(List.of("anders"), scenario.engine.openOffers().stream().map(o -> o.agentId()).toList());
    }

    @Test
    void givenWaitingWork_whenAnAgentReturns_thenTheyImmediatelyGetTheMostUrgentContact() {
        scenario.arrive("call-1", "phone").afterSeconds(2).arrive("vip-1", "vip").afterSeconds(1);

        scenario.readyAgent(AgentProfile.of("karin")).expectOffer("vip-1", "karin");
    }

    @Test
    void givenABusyAgent_whenTheyCompleteTheirCall_thenTheNextWaitingCallIsOfferedToThem() {
        scenario.readyAgent(AgentProfile.of("karin")).arriveAndAccept("call-1", "phone", "karin");
        scenario.arrive("call-2", "phone").expectNoOffer();

        scenario.afterSeconds(90).complete("call-1").expectOffer("call-2", "karin");
    }

    @Test
    void givenSetRoutableTwice_whenNothingChanged_thenTheSecondIsAHarmlessNoOp() {
        scenario.readyAgent(AgentProfile.of("karin"));

        scenario.routable("karin", true);

        assertTrue(scenario.last().isEmpty());
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");
    }
}
