package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.api.model.OverflowState.Kind;
import org.samklang.core.internal.routing.RoutingDecision.OfferCallback;
import org.samklang.core.internal.routing.RoutingDecision.Overflowed;
import org.samklang.core.internal.routing.RoutingDecision.ToVoicemail;

/** Overflow by time: to another queue, to a partner group, to voicemail, or a callback offer. */
class OverflowTest {

    private static final QueueDefinition SUPPORT = QueueDefinition.of("support", "Support", MediaType.VOICE)
            .withSkill("support", 1);
    private static final QueueDefinition SALES = QueueDefinition.of("sales", "Sales", MediaType.VOICE)
            .withSkill("sales", 1);

    private static RoutingScenario salesOverflowing(OverflowRule... rules) {
        QueueDefinition sales = SALES;
        for (OverflowRule rule : rules) {
            sales = sales.withOverflow(rule);
        }
        return new RoutingScenario().queue(SUPPORT).queue(sales);
    }

    @Test
    void givenSalesOverflowsToSupportAfter30s_whenACallWaits_thenSupportAgentsGetItOnlyAfter30s() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toQueue(Duration.ofSeconds(30), "support"))
                .readyAgent(AgentProfile.of("sven").withSkill("support", 5));
        scenario.arrive("call-1", "sales").expectNoOffer();

        scenario.afterSeconds(29).expectNoOffer();
        scenario.afterSeconds(1);

        assertEquals(List.of(new Overflowed("call-1", "sales", Kind.QUEUE, "support")),
                scenario.decisionsOf(Overflowed.class));
        scenario.expectOffer("call-1", "sven");
        assertEquals(List.of(new OverflowState("sales", Kind.QUEUE, Optional.of("support"),
                RoutingScenario.START.plusSeconds(30), 1)), scenario.engine.overflowStates());
    }

    @Test
    void givenAnOverflowedCall_whenASalesAgentBecomesReady_thenTheyCanStillTakeIt() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toQueue(Duration.ofSeconds(30), "support"));
        scenario.arrive("call-1", "sales").afterSeconds(45);

        scenario.readyAgent(AgentProfile.of("sara").withSkill("sales", 5)).expectOffer("call-1", "sara");
    }

    @Test
    void givenAPartnerOverflowAfter60s_whenOwnAgentsStayBusy_thenThePartnerAgentGetsTheCall() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toPartner(Duration.ofSeconds(60), "acme"))
                .readyAgent(AgentProfile.of("acme-1").inPartnerGroup("acme"));
        scenario.arrive("call-1", "sales").afterSeconds(59).expectNoOffer();

        scenario.afterSeconds(1);

        assertEquals(List.of(new Overflowed("call-1", "sales", Kind.PARTNER, "acme")),
                scenario.decisionsOf(Overflowed.class));
        scenario.expectOffer("call-1", "acme-1");
        OverflowState state = scenario.figures("sales").overflows().get(0);
        assertEquals(Kind.PARTNER, state.kind());
        assertEquals(Optional.of("acme"), state.targetId());
        assertEquals(RoutingScenario.START.plusSeconds(60), state.since());
    }

    @Test
    void givenAPartnerOverflow_whenAnOwnAgentFreesUpFirst_thenThePartnerIsNotUsed() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toPartner(Duration.ofSeconds(60), "acme"))
                .readyAgent(AgentProfile.of("acme-1").inPartnerGroup("acme"));
        scenario.arrive("call-1", "sales").afterSeconds(20);

        scenario.readyAgent(AgentProfile.of("sara").withSkill("sales", 5)).expectOffer("call-1", "sara");
        scenario.accept("call-1", "sara").afterSeconds(60);
        assertTrue(scenario.decisionsOf(Overflowed.class).isEmpty());
    }

    @Test
    void givenVoicemailAfter120s_whenNobodyAnswers_thenTheCallLeavesTheQueueForVoicemail() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toVoicemail(Duration.ofSeconds(120)));
        scenario.arrive("call-1", "sales").afterSeconds(119);
        assertTrue(scenario.decisionsOf(ToVoicemail.class).isEmpty());

        scenario.afterSeconds(1);

        assertEquals(List.of(new ToVoicemail("call-1", "sales")), scenario.decisionsOf(ToVoicemail.class));
        assertEquals(0, scenario.figures("sales").waiting());
        scenario.readyAgent(AgentProfile.of("sara").withSkill("sales", 5)).expectNoOffer();
    }

    @Test
    void givenACallbackOfferAfter45s_whenItIsMade_thenTheCallKeepsItsPlaceAheadOfLaterCalls() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.offerCallback(Duration.ofSeconds(45)));
        scenario.arrive("call-1", "sales").afterSeconds(10).arrive("call-2", "sales");

        scenario.afterSeconds(35);

        assertEquals(List.of(new OfferCallback("call-1", "sales")), scenario.decisionsOf(OfferCallback.class));
        assertEquals(2, scenario.figures("sales").waiting());
        scenario.readyAgent(AgentProfile.of("sara").withSkill("sales", 5)).expectOffer("call-1", "sara");
    }

    @Test
    void givenChainedSteps_whenTheCallWaitsLong_thenEachStepFiresInTurn() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toVoicemail(Duration.ofSeconds(90)),
                OverflowRule.toQueue(Duration.ofSeconds(30), "support"));
        scenario.arrive("call-1", "sales");

        scenario.afterSeconds(30);
        assertEquals(1, scenario.decisionsOf(Overflowed.class).size());
        assertEquals(List.of(Kind.QUEUE), kinds(scenario));
        scenario.afterSeconds(60);
        assertEquals(1, scenario.decisionsOf(ToVoicemail.class).size());
        assertTrue(kinds(scenario).contains(Kind.VOICEMAIL), "voicemail stays reported after the queue emptied");
    }

    private static List<Kind> kinds(RoutingScenario scenario) {
        return scenario.engine.overflowStates().stream().map(OverflowState::kind).toList();
    }

    @Test
    void givenARingingCall_whenItsVoicemailStepComesDue_thenTheStepWaitsForTheOfferToEnd() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toVoicemail(Duration.ofSeconds(20)));
        scenario.arrive("call-1", "sales").afterSeconds(10)
                .readyAgent(AgentProfile.of("sara").withSkill("sales", 5)).expectOffer("call-1", "sara");

        scenario.afterSeconds(10);
        assertTrue(scenario.decisionsOf(ToVoicemail.class).isEmpty(), "not while ringing");
        scenario.afterSeconds(2).accept("call-1", "sara").afterSeconds(30);
        assertTrue(scenario.decisionsOf(ToVoicemail.class).isEmpty(), "never once answered");
    }

    @Test
    void givenAnOverflowEpisode_whenTheQueueHasBeenCalmForTheRuleTime_thenTheEpisodeEnds() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toQueue(Duration.ofSeconds(30), "support"));
        scenario.arrive("call-1", "sales").afterSeconds(30);
        scenario.readyAgent(AgentProfile.of("sven").withSkill("support", 5)).accept("call-1", "sven");
        assertEquals(1, scenario.engine.overflowStates().size(), "still reported right after the last overflow");

        scenario.afterSeconds(59);
        assertEquals(1, scenario.engine.overflowStates().size());
        scenario.afterSeconds(1);
        assertTrue(scenario.engine.overflowStates().isEmpty());
    }

    @Test
    void givenAnOverflowEpisode_whenCallsKeepWaitingLong_thenTheEpisodeContinues() {
        RoutingScenario scenario = salesOverflowing(OverflowRule.toQueue(Duration.ofSeconds(30), "support"));
        scenario.arrive("call-1", "sales").afterSeconds(20).arrive("call-2", "sales").afterSeconds(10);

        scenario.afterSeconds(20).afterSeconds(60);

        OverflowState state = scenario.engine.overflowStates().get(0);
        assertEquals(RoutingScenario.START.plusSeconds(30), state.since());
        assertEquals(2, state.contacts());
    }
}
