package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;

/** Work the engine learns of late (after a restart) keeps the wait its customer already has. */
class LateArrivalTest {

    private final RoutingScenario scenario = new RoutingScenario()
            .queue(QueueDefinition.of("email", "Email", MediaType.EMAIL))
            .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE));

    @Test
    void givenWorkThatWaitedBeforeTheEngineStarted_whenItArrives_thenTheLongestWaitCountsFromItsArrival() {
        scenario.afterSeconds(600);
        Instant tenMinutesAgo = scenario.clock.instant().minus(Duration.ofMinutes(10));

        scenario.accepted(new RoutingCommand.WorkArrived("old", "email", OptionalInt.empty(),
                Optional.of(tenMinutesAgo)));

        assertEquals(Duration.ofMinutes(10), scenario.figures("email").longestWait());
    }

    @Test
    void givenAnArrivalTimeInTheFuture_whenItArrives_thenItCountsAsArrivingNow() {
        scenario.accepted(new RoutingCommand.WorkArrived("early", "phone", OptionalInt.empty(),
                Optional.of(scenario.clock.instant().plus(Duration.ofHours(1)))));

        assertEquals(Duration.ZERO, scenario.figures("phone").longestWait());
    }

    @Test
    void givenOldAndNewWork_whenAnAgentBecomesReady_thenTheOldWorkIsOfferedFirst() {
        scenario.arrive("new", "email");
        scenario.accepted(new RoutingCommand.WorkArrived("old", "email", OptionalInt.empty(),
                Optional.of(scenario.clock.instant().minus(Duration.ofHours(2)))));

        scenario.readyAgent(AgentProfile.of("karin")).expectOffer("old", "karin");
    }
}
