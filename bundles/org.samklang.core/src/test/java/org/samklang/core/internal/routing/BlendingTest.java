package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.routing.RoutingDecision.BlendingChanged;

/**
 * Blending: while the voice service level is at risk, blend-eligible agents working email are offered calls;
 * when it has recovered (with hysteresis) they go back to email only.
 * Defaults: at risk when the longest wait exceeds 50 % of the 20 s target, recovered at 25 % or less.
 */
class BlendingTest {

    private static RoutingScenario phoneAndMail(RoutingSettings settings) {
        RoutingScenario scenario = new RoutingScenario(settings)
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .queue(QueueDefinition.of("mail", "Email", MediaType.EMAIL))
                .readyAgent(AgentProfile.of("blender").withBlendEligible(true));
        scenario.afterSeconds(1).readyAgent(AgentProfile.of("mailer"));
        scenario.arriveAndAccept("mail-1", "mail", "blender").arriveAndAccept("mail-2", "mail", "mailer");
        return scenario;
    }

    private static RoutingScenario phoneAndMail() {
        return phoneAndMail(RoutingSettings.defaults(ZoneOffset.UTC));
    }

    @Test
    void givenAnAtRiskCall_whenTheWaitPassesHalfTheTarget_thenTheBlendEligibleEmailAgentIsOfferedIt() {
        RoutingScenario scenario = phoneAndMail();
        scenario.arrive("call-1", "phone").expectNoOffer();

        scenario.afterSeconds(10).expectNoOffer();
        assertTrue(scenario.decisionsOf(BlendingChanged.class).isEmpty(), "10 s is exactly 50 %: not yet at risk");

        scenario.afterSeconds(1);
        assertEquals(List.of(new BlendingChanged("phone", true)), scenario.decisionsOf(BlendingChanged.class));
        scenario.expectOffer("call-1", "blender");
    }

    @Test
    void givenBlendingIsActive_whenTheQueueRecovers_thenEmailAgentsStopGettingCalls() {
        RoutingScenario scenario = phoneAndMail();
        scenario.arrive("call-1", "phone").afterSeconds(11).accept("call-1", "blender");

        scenario.afterSeconds(1);
        assertEquals(List.of(new BlendingChanged("phone", false)), scenario.decisionsOf(BlendingChanged.class));

        scenario.afterSeconds(30).complete("call-1").expectNoOffer();
        scenario.arrive("call-2", "phone").expectNoOffer();
        assertEquals(0, scenario.figures("phone").agentsReady());
    }

    @Test
    void givenBlendingIsActive_whenTheWaitIsBetweenTheThresholds_thenBlendingStaysOn() {
        RoutingScenario scenario = phoneAndMail();
        scenario.arrive("call-1", "phone").afterSeconds(5).arrive("call-2", "phone");
        scenario.afterSeconds(6).accept("call-1", "blender");

        // call-2 has waited 7 s = 35 % of the target: below the 50 % trigger, above the 25 % recovery.
        scenario.afterSeconds(1);

        assertTrue(scenario.decisionsOf(BlendingChanged.class).isEmpty(), () -> "flapped: " + scenario.last());
        scenario.complete("call-1").expectOffer("call-2", "blender");
    }

    @Test
    void givenAnAgentNotEligibleForBlending_whenVoiceIsAtRisk_thenTheyStayOnEmail() {
        RoutingScenario scenario = new RoutingScenario()
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .queue(QueueDefinition.of("mail", "Email", MediaType.EMAIL))
                .readyAgent(AgentProfile.of("mailer").withBlendEligible(false));
        scenario.arriveAndAccept("mail-1", "mail", "mailer").arriveAndAccept("mail-2", "mail", "mailer");
        scenario.arrive("call-1", "phone");

        scenario.afterSeconds(11);
        assertEquals(List.of(new BlendingChanged("phone", true)), scenario.decisionsOf(BlendingChanged.class));
        scenario.expectNoOffer();

        // Finishing one email (one still in hand) must not make the call offerable to them either.
        scenario.complete("mail-2").expectNoOffer();
        assertEquals(0, scenario.figures("phone").agentsReady());
    }

    @Test
    void givenAServiceLevelRule_whenTheIntervalMissesTheGoal_thenBlendingStartsAndStopsWithTheNextInterval() {
        BlendingRule slOnly = new BlendingRule(Set.of(MediaType.VOICE), 10.0, 0.25, true, 10, 5.0);
        RoutingScenario scenario = phoneAndMail(RoutingSettings.defaults(ZoneOffset.UTC).withBlending(slOnly))
                .accepted(new RoutingCommand.RegisterAgent(AgentProfile.of("vera")));
        for (int call = 1; call <= 10; call++) {
            scenario.arrive("late-" + call, "phone").afterSeconds(25);
            scenario.routable("vera", true).accept("late-" + call, "vera").complete("late-" + call)
                    .routable("vera", false);
            if (call < 10) {
                assertTrue(scenario.decisionsOf(BlendingChanged.class).isEmpty(), "too few contacts to judge yet");
            }
        }

        scenario.afterSeconds(1);
        assertEquals(List.of(new BlendingChanged("phone", true)), scenario.decisionsOf(BlendingChanged.class));

        scenario.afterSeconds(15 * 60);
        assertEquals(List.of(new BlendingChanged("phone", false)), scenario.decisionsOf(BlendingChanged.class));
    }
}
