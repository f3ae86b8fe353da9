package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.routing.RoutingCommand.DefineQueue;
import org.samklang.core.internal.routing.RoutingCommand.FirstResponseSent;
import org.samklang.core.internal.routing.RoutingCommand.OfferAccepted;
import org.samklang.core.internal.routing.RoutingCommand.OfferDeclined;
import org.samklang.core.internal.routing.RoutingCommand.RegisterAgent;
import org.samklang.core.internal.routing.RoutingCommand.SetAgentRoutable;
import org.samklang.core.internal.routing.RoutingCommand.WorkAbandoned;
import org.samklang.core.internal.routing.RoutingCommand.WorkArrived;
import org.samklang.core.internal.routing.RoutingCommand.WorkCompleted;
import org.samklang.core.internal.routing.RoutingDecision.Rejected;

/** Hostile or out-of-order input is rejected with a clear message and leaves the engine exactly as it was. */
class HostileInputTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * anders handles call-0 and chat-0, karin is being offered call-1, call-2 waits; so every state a contact
     * can be in is present.
     */
    private static RoutingScenario busyDesk() {
        RoutingScenario scenario = new RoutingScenario()
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .readyAgent(AgentProfile.of("anders"));
        scenario.arriveAndAccept("chat-0", "chat", "anders").complete("chat-0");
        scenario.arriveAndAccept("call-0", "phone", "anders");
        scenario.afterSeconds(1).readyAgent(AgentProfile.of("karin"));
        scenario.arrive("call-1", "phone").expectOffer("call-1", "karin");
        return scenario.arrive("call-2", "phone");
    }

    static Stream<Arguments> hostileCommands() {
        return Stream.of(
                hostile("unknown queue", new WorkArrived("x", "no-such-queue"), "unknown queue 'no-such-queue'"),
                hostile("duplicate waiting id", new WorkArrived("call-2", "phone"), "duplicate work item id 'call-2'"),
                hostile("duplicate offered id", new WorkArrived("call-1", "chat"), "duplicate work item id 'call-1'"),
                hostile("priority 0", new WorkArrived("x", "phone", OptionalInt.of(0)), "must be 1-9, was 0"),
                hostile("priority 10", new WorkArrived("x", "phone", OptionalInt.of(10)), "must be 1-9, was 10"),
                hostile("accept never offered", new OfferAccepted("call-2", "karin"), "it is waiting, not offered"),
                hostile("accept unknown item", new OfferAccepted("ghost", "karin"), "unknown work item 'ghost'"),
                hostile("accept unknown agent", new OfferAccepted("call-1", "ghost"), "unknown agent 'ghost'"),
                hostile("accept by another agent", new OfferAccepted("call-1", "anders"),
                        "offered to agent 'karin', not 'anders'"),
                hostile("accept twice", new OfferAccepted("call-0", "anders"), "already answered, not offered"),
                hostile("decline answered", new OfferDeclined("call-0", "anders"), "already answered, not offered"),
                hostile("complete waiting", new WorkCompleted("call-2", MINUTE, MINUTE, MINUTE),
                        "'call-2' is waiting; only answered work can be completed"),
                hostile("complete ringing", new WorkCompleted("call-1", MINUTE, MINUTE, MINUTE), "being offered"),
                hostile("complete already completed", new WorkCompleted("chat-0", MINUTE, MINUTE, MINUTE),
                        "unknown work item 'chat-0' (it never arrived or has already left the engine)"),
                hostile("abandon answered", new WorkAbandoned("call-0"), "already answered; complete it instead"),
                hostile("abandon unknown", new WorkAbandoned("ghost"), "unknown work item 'ghost'"),
                hostile("first response to a call", new FirstResponseSent("call-0"), "digital channels only"),
                hostile("routable unknown agent", new SetAgentRoutable("ghost", true), "unknown agent 'ghost'"),
                hostile("duplicate agent", new RegisterAgent(AgentProfile.of("karin")), "duplicate agent id 'karin'"),
                hostile("duplicate queue", new DefineQueue(QueueDefinition.of("phone", "Again", MediaType.VOICE)),
                        "duplicate queue id 'phone'"),
                hostile("overflow to unknown queue", new DefineQueue(QueueDefinition.of("q", "Q", MediaType.VOICE)
                        .withOverflow(OverflowRule.toQueue(MINUTE, "nowhere"))), "unknown queue 'nowhere'"),
                hostile("overflow across media", new DefineQueue(QueueDefinition.of("q", "Q", MediaType.VOICE)
                        .withOverflow(OverflowRule.toQueue(MINUTE, "chat"))), "cannot overflow to queue 'chat'"));
    }

    private static Arguments hostile(String name, RoutingCommand command, String expectedMessagePart) {
        return Arguments.of(Named.of(name, command), expectedMessagePart);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCommands")
    void givenABusyDesk_whenAHostileCommandArrives_thenItIsRejectedClearlyAndNothingChanges(RoutingCommand command,
            String expectedMessagePart) {
        RoutingScenario scenario = busyDesk();
        EngineSnapshot before = EngineSnapshot.of(scenario.engine);

        List<RoutingDecision> decisions = scenario.send(command);

        assertEquals(1, decisions.size(), () -> "decisions: " + decisions);
        Rejected rejected = assertInstanceOf(Rejected.class, decisions.get(0));
        assertEquals(command, rejected.command());
        assertTrue(rejected.reason().contains(expectedMessagePart),
                () -> "message '" + rejected.reason() + "' should say '" + expectedMessagePart + "'");
        assertEquals(before, EngineSnapshot.of(scenario.engine));
        // And it still routes: karin accepts, anders finishes and gets the waiting call.
        scenario.accept("call-1", "karin").complete("call-0").expectOffer("call-2", "anders");
    }

    @Test
    void givenACompletedChat_whenItIsCompletedAgain_thenTheSecondIsRejected() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .readyAgent(AgentProfile.of("mia"));
        scenario.arriveAndAccept("chat-1", "chat", "mia").complete("chat-1");
        EngineSnapshot before = EngineSnapshot.of(scenario.engine);

        List<RoutingDecision> decisions = scenario.send(new WorkCompleted("chat-1", MINUTE, MINUTE, MINUTE));

        assertInstanceOf(Rejected.class, decisions.get(0));
        assertEquals(before, EngineSnapshot.of(scenario.engine));
        assertEquals(Duration.ofSeconds(60), scenario.figures("chat").averageHandleTime().orElseThrow(),
                "the rejected second completion (3 min) must not count");
    }

    @Test
    void givenAChat_whenFirstResponseIsReportedTwiceOrBeforeAnswer_thenOnlyTheValidOneCounts() {
        RoutingScenario scenario = new RoutingScenario().queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .accepted(new RegisterAgent(AgentProfile.of("mia")));
        scenario.arrive("chat-1", "chat");
        assertInstanceOf(Rejected.class, scenario.send(new FirstResponseSent("chat-1")).get(0));

        scenario.afterSeconds(20).routable("mia", true).accept("chat-1", "mia");
        scenario.afterSeconds(10).accepted(new FirstResponseSent("chat-1"));
        Rejected twice = assertInstanceOf(Rejected.class, scenario.send(new FirstResponseSent("chat-1")).get(0));

        assertTrue(twice.reason().contains("already recorded"), twice.reason());
        assertEquals(Duration.ofSeconds(30), scenario.figures("chat").firstResponseTime().orElseThrow());
    }

    @Test
    void negativeCapacitiesAreRejectedWhereTheyAreWritten() {
        IllegalArgumentException agent = assertThrows(IllegalArgumentException.class,
                () -> AgentProfile.of("mia").withCapacity(MediaType.CHAT, -1));
        assertEquals("capacity of CHAT must not be negative, was -1", agent.getMessage());

        IllegalArgumentException settings = assertThrows(IllegalArgumentException.class,
                () -> RoutingSettings.defaults(ZoneOffset.UTC).withDefaultCapacity(MediaType.EMAIL, -2));
        assertEquals("capacity of EMAIL must not be negative, was -2", settings.getMessage());
    }

    @Test
    void malformedDefinitionsAreRejectedWithTheirReason() {
        assertThrows(IllegalArgumentException.class, () -> AgentProfile.of("mia").withSkill("swedish", 11));
        assertThrows(IllegalArgumentException.class, () -> new SkillRequirement("swedish", 0));
        assertThrows(IllegalArgumentException.class, () -> AgentProfile.of(" "));
        assertThrows(IllegalArgumentException.class, () -> new WorkArrived("", "phone"));
        assertThrows(IllegalArgumentException.class,
                () -> QueueDefinition.of("q", "Q", MediaType.VOICE).withSkill("a", 3).withSkill("a", 4));
        assertThrows(IllegalArgumentException.class,
                () -> QueueDefinition.of("q", "Q", MediaType.VOICE).withOverflow(OverflowRule.toQueue(MINUTE, "q")));
        assertThrows(IllegalArgumentException.class, () -> OverflowRule.toVoicemail(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkCompleted("x", Duration.ofSeconds(-5), Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RoutingSettings.defaults(ZoneOffset.UTC)
                .withOfferTimeout(MediaType.VOICE, Duration.ZERO));
    }
}
