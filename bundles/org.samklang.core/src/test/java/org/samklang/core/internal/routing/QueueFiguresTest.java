package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.api.model.QueueFigures.ServiceLevelVariant;
import org.samklang.core.internal.routing.RoutingCommand.FirstResponseSent;
import org.samklang.core.internal.routing.RoutingCommand.WorkAbandoned;
import org.samklang.core.internal.routing.RoutingCommand.WorkCompleted;

/** The live figures the engine hands to the UI, fed by the same commands that drive routing. */
class QueueFiguresTest {

    @Test
    void givenCallsAnsweredAtDifferentWaits_whenFiguresAreTaken_thenTheyShowWaitingSlAsaAndAht() {
        RoutingScenario scenario = new RoutingScenario()
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .accepted(new RoutingCommand.RegisterAgent(AgentProfile.of("karin")));
        scenario.arrive("fast", "phone").afterSeconds(10).arrive("slow", "phone").afterSeconds(2)
                .arrive("waiting", "phone");
        // fast is answered after 12 s (within the 20 s target), slow after 22 s (outside it).
        scenario.routable("karin", true).accept("fast", "karin").routable("karin", false);
        scenario.accepted(new WorkCompleted("fast", Duration.ofSeconds(100), Duration.ofSeconds(20),
                Duration.ofSeconds(30)));
        scenario.afterSeconds(20).routable("karin", true).accept("slow", "karin").routable("karin", false);
        scenario.accepted(new WorkCompleted("slow", Duration.ofSeconds(50), Duration.ZERO, Duration.ZERO));

        QueueFigures figures = scenario.figures("phone");

        assertEquals("Phone", figures.name());
        assertEquals(1, figures.waiting());
        assertEquals(Duration.ofSeconds(20), figures.longestWait());
        assertEquals(50.0, figures.serviceLevelPercent().orElseThrow(), 1e-9);
        assertEquals(80, figures.targetPercent());
        assertEquals(Duration.ofSeconds(20), figures.targetTime());
        assertEquals(ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS, figures.variant());
        assertEquals(Duration.ofSeconds(17), figures.averageSpeedOfAnswer().orElseThrow());
        assertEquals(Duration.ofSeconds(100), figures.averageHandleTime().orElseThrow());
        assertTrue(figures.firstResponseTime().isEmpty(), "no first-response time for voice");
        assertEquals(0, figures.agentsReady());
        assertEquals(scenario.clock.instant(), figures.asOf());
    }

    @Test
    void givenAChatAnsweredAndRespondedTo_whenFiguresAreTaken_thenFirstResponseTimeIsShown() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .readyAgent(AgentProfile.of("mia"));
        scenario.arrive("chat-1", "chat").afterSeconds(5).accept("chat-1", "mia");

        scenario.afterSeconds(40).accepted(new FirstResponseSent("chat-1"));

        QueueFigures figures = scenario.figures("chat");
        assertEquals(Duration.ofSeconds(45), figures.firstResponseTime().orElseThrow());
        assertEquals(1, figures.agentsReady(), "mia holds one chat of four and can take more");
    }

    @Test
    void givenAShortAbandon_whenTheDefaultVariantCounts_thenItIsLeftOutOfTheServiceLevel() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .accepted(new RoutingCommand.RegisterAgent(AgentProfile.of("karin")));
        scenario.arrive("hung-up-fast", "phone").afterSeconds(3).accepted(new WorkAbandoned("hung-up-fast"));
        scenario.arrive("gave-up", "phone").afterSeconds(40).accepted(new WorkAbandoned("gave-up"));
        scenario.arrive("answered", "phone").afterSeconds(5).routable("karin", true).accept("answered", "karin");

        // 1 answered within T / (1 answered + 2 abandoned - 1 short abandon) = 50 %.
        assertEquals(50.0, scenario.figures("phone").serviceLevelPercent().orElseThrow(), 1e-9);
    }

    @Test
    void givenTheAnsweredOnlyVariant_whenFiguresAreTaken_thenAbandonsAreIgnoredAndTheVariantIsNamed() {
        RoutingSettings settings = RoutingSettings.defaults(ZoneOffset.UTC);
        settings = settings.withServiceLevel(settings.serviceLevel().withVariant(ServiceLevelVariant.ANSWERED_ONLY));
        RoutingScenario scenario = new RoutingScenario(settings)
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .accepted(new RoutingCommand.RegisterAgent(AgentProfile.of("karin")));
        scenario.arrive("gave-up", "phone").afterSeconds(40).accepted(new WorkAbandoned("gave-up"));
        scenario.arrive("answered", "phone").afterSeconds(5).routable("karin", true).accept("answered", "karin");

        QueueFigures figures = scenario.figures("phone");
        assertEquals(100.0, figures.serviceLevelPercent().orElseThrow(), 1e-9);
        assertEquals(ServiceLevelVariant.ANSWERED_ONLY, figures.variant());
    }

    @Test
    void givenSeveralQueues_whenAllFiguresAreTaken_thenTheyComeInDefinitionOrderWithEmptyAveragesAtFirst() {
        RoutingScenario scenario = new RoutingScenario()
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .queue(QueueDefinition.of("mail", "Email", MediaType.EMAIL));

        List<QueueFigures> all = scenario.engine.queueFigures();

        assertEquals(List.of("phone", "mail"), all.stream().map(QueueFigures::queueId).toList());
        assertTrue(all.get(1).serviceLevelPercent().isEmpty());
        assertTrue(all.get(1).averageSpeedOfAnswer().isEmpty());
        assertEquals(Duration.ZERO, all.get(1).longestWait());
    }

    @Test
    void givenAnAgentWhoChoseReady_whenTheirFirstOfferRings_thenTheQueuesStillCountThemReady() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .queue(QueueDefinition.of("mail", "Email", MediaType.EMAIL)).readyAgent(AgentProfile.of("mia"));

        scenario.arrive("chat-1", "chat").expectOffer("chat-1", "mia");

        assertEquals(1, scenario.figures("chat").agentsReady(), "an offer ringing is not work in hand yet");
        assertEquals(1, scenario.figures("chat").agentsRinging(), "but she is not free for another offer");
        assertEquals(1, scenario.figures("mail").agentsReady());
        scenario.accept("chat-1", "mia");
        assertEquals(1, scenario.figures("chat").agentsReady(), "one chat of four in hand");
        assertEquals(0, scenario.figures("chat").agentsRinging());
        scenario.routable("mia", false);
        assertEquals(0, scenario.figures("chat").agentsReady(), "not ready: not counted");
    }

    @Test
    void givenCallsAnsweredAtThePhone_whenTheyEnd_thenTheyCountAsAnsweredWithTheirHandleTime() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE));
        scenario.arrive("call-1", "phone").arrive("call-2", "phone").afterSeconds(12);

        scenario.accepted(new RoutingCommand.WorkAnswered("call-1")).afterSeconds(90);
        scenario.accepted(new RoutingCommand.WorkEnded("call-1")).accepted(new RoutingCommand.WorkEnded("call-2"));

        QueueFigures figures = scenario.figures("phone");
        assertEquals(0, figures.waiting());
        assertEquals(Duration.ofSeconds(12), figures.averageSpeedOfAnswer().orElseThrow());
        assertEquals(Duration.ofSeconds(90), figures.averageHandleTime().orElseThrow());
        // call-1 answered within 20 s; call-2 abandoned after 102 s.
        assertEquals(50.0, figures.serviceLevelPercent().orElseThrow(), 1e-9);
        scenario.accepted(new RoutingCommand.WorkEnded("never-here")); // closing what never waited is no error
    }
}
