package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;

/** Skill-based routing: required skills at minimum levels, best fit first, ties by longest idle. */
class SkillRoutingTest {

    private static final QueueDefinition SWEDISH_BILLING = QueueDefinition.of("billing-se", "Billing SE",
            MediaType.VOICE).withSkill("swedish", 5).withSkill("billing", 3);

    @Test
    void givenAnAgentBelowTheMinimumLevel_whenACallArrives_thenItIsNotOfferedToThem() {
        RoutingScenario scenario = new RoutingScenario().queue(SWEDISH_BILLING)
                .readyAgent(AgentProfile.of("erik").withSkill("swedish", 4).withSkill("billing", 9));

        scenario.arrive("call-1", "billing-se").expectNoOffer();

        assertEquals(1, scenario.figures("billing-se").waiting());
        assertEquals(0, scenario.figures("billing-se").agentsReady());
    }

    @Test
    void givenAnAgentMissingOneRequiredSkill_whenACallArrives_thenItWaits() {
        new RoutingScenario().queue(SWEDISH_BILLING)
                .readyAgent(AgentProfile.of("anna").withSkill("swedish", 10))
                .arrive("call-1", "billing-se").expectNoOffer();
    }

    @Test
    void givenTwoQualifiedAgents_whenACallArrives_thenTheHigherSkillFitGetsItEvenIfIdleShorter() {
        RoutingScenario scenario = new RoutingScenario().queue(SWEDISH_BILLING)
                .readyAgent(AgentProfile.of("long-idle").withSkill("swedish", 5).withSkill("billing", 3));
        scenario.afterSeconds(120)
                .readyAgent(AgentProfile.of("expert").withSkill("swedish", 6).withSkill("billing", 3));

        scenario.arrive("call-1", "billing-se").expectOffer("call-1", "expert");
    }

    @Test
    void givenEqualFit_whenACallArrives_thenTheLongestIdleAgentGetsIt() {
        RoutingScenario scenario = new RoutingScenario().queue(SWEDISH_BILLING);
        AgentProfile equal = AgentProfile.of("x").withSkill("swedish", 7).withSkill("billing", 7);
        scenario.readyAgent(new AgentProfile("karin", equal.skills(), equal.capacity(), false, equal.partnerGroup()));
        scenario.afterSeconds(30)
                .readyAgent(new AgentProfile("anders", equal.skills(), equal.capacity(), false, equal.partnerGroup()));
        // karin takes a call and finishes it: she is now idle for a shorter time than anders.
        scenario.afterSeconds(30).arriveAndAccept("call-1", "billing-se", "karin");
        scenario.afterSeconds(60).complete("call-1");

        scenario.afterSeconds(5).arrive("call-2", "billing-se").expectOffer("call-2", "anders");
    }

    @Test
    void givenAQueueWithoutRequiredSkills_whenACallArrives_thenAnyOwnAgentWithVoiceCapacityQualifies() {
        new RoutingScenario().queue(QueueDefinition.of("general", "General", MediaType.VOICE))
                .readyAgent(AgentProfile.of("no-voice").withCapacity(MediaType.VOICE, 0))
                .readyAgent(AgentProfile.of("mia"))
                .arrive("call-1", "general").expectOffer("call-1", "mia");
    }

    @Test
    void givenOnlyAPartnerAgent_whenOwnQueueWorkArrives_thenThePartnerIsNeverOffered() {
        RoutingScenario scenario = new RoutingScenario()
                .queue(QueueDefinition.of("general", "General", MediaType.VOICE))
                .readyAgent(AgentProfile.of("outsourced-1").withSkill("swedish", 10).inPartnerGroup("acme"));

        scenario.arrive("call-1", "general").expectNoOffer();
        scenario.afterSeconds(600).expectNoOffer();
    }

    @Test
    void anAgentsQueuesAreThoseTheirSkillsAndCapacityQualifyFor_inDefinitionOrder() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("email", "Email", MediaType.EMAIL))
                .queue(SWEDISH_BILLING)
                .queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .readyAgent(AgentProfile.of("erik").withSkill("swedish", 5).withSkill("billing", 3)
                        .withCapacity(MediaType.CHAT, 0))
                .readyAgent(AgentProfile.of("anna").withSkill("swedish", 10))
                .readyAgent(AgentProfile.of("outsourced-1").withSkill("swedish", 10).inPartnerGroup("acme"));

        assertEquals(List.of("email", "billing-se"), scenario.engine.queuesOf("erik"));
        assertEquals(List.of("email", "chat"), scenario.engine.queuesOf("anna"), "billing needs the billing skill");
        assertEquals(List.of(), scenario.engine.queuesOf("outsourced-1"), "partners serve no own queue");
        assertEquals(List.of(), scenario.engine.queuesOf("nobody"));
    }
}
