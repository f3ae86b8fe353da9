package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.routing.InterruptMatrix.Interruption;

/** Capacity per media type and the interrupt matrix: 1 call OR 4 chats OR 2 emails by default. */
class CapacityAndInterruptTest {

    private static RoutingScenario allChannels(RoutingSettings settings) {
        return new RoutingScenario(settings)
                .queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE))
                .queue(QueueDefinition.of("chat", "Chat", MediaType.CHAT))
                .queue(QueueDefinition.of("mail", "Email", MediaType.EMAIL))
                .queue(QueueDefinition.of("social", "Social", MediaType.SOCIAL));
    }

    private static RoutingScenario allChannels() {
        return allChannels(RoutingSettings.defaults(ZoneOffset.UTC));
    }

    @Test
    void givenDefaultCapacity_whenFiveChatsArrive_thenTheAgentHoldsFourAndTheFifthWaits() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("mia"));
        for (int chat = 1; chat <= 4; chat++) {
            scenario.arriveAndAccept("chat-" + chat, "chat", "mia");
        }

        scenario.arrive("chat-5", "chat").expectNoOffer();
        assertEquals(1, scenario.figures("chat").waiting());

        scenario.complete("chat-2").expectOffer("chat-5", "mia");
    }

    @Test
    void givenAConfiguredDefaultOfTwoChats_whenAThirdArrives_thenItWaits() {
        RoutingScenario scenario = allChannels(RoutingSettings.defaults(ZoneOffset.UTC)
                .withDefaultCapacity(MediaType.CHAT, 2)).readyAgent(AgentProfile.of("mia"));
        scenario.arriveAndAccept("chat-1", "chat", "mia").arriveAndAccept("chat-2", "chat", "mia");

        scenario.arrive("chat-3", "chat").expectNoOffer();
    }

    @Test
    void givenAPerAgentCapacity_whenChatsArrive_thenItOverridesTheDefault() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("trainee").withCapacity(MediaType.CHAT, 1));
        scenario.arriveAndAccept("chat-1", "chat", "trainee");

        scenario.arrive("chat-2", "chat").expectNoOffer();
    }

    @Test
    void givenTwoEmailsInHand_whenAThirdArrives_thenItWaitsForCapacity() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("erik"));
        scenario.arriveAndAccept("mail-1", "mail", "erik").arriveAndAccept("mail-2", "mail", "erik");

        scenario.arrive("mail-3", "mail").expectNoOffer();
    }

    @Test
    void givenAnAgentOnACall_whenChatEmailAndSocialArrive_thenNothingIsOffered() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("anna"));
        scenario.arriveAndAccept("call-1", "phone", "anna");

        scenario.arrive("chat-1", "chat").expectNoOffer();
        scenario.arrive("mail-1", "mail").expectNoOffer();
        scenario.arrive("post-1", "social").expectNoOffer();

        // Freed, she gets the most urgent of them: the chat (60 s target) before social (1 h) and email (24 h).
        scenario.complete("call-1").expectOffer("chat-1", "anna");
    }

    @Test
    void givenAnAgentInAChat_whenACallOrAnEmailArrives_thenNeitherIsOffered() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("anna"));
        scenario.arriveAndAccept("chat-1", "chat", "anna");

        scenario.arrive("call-1", "phone").expectNoOffer();
        scenario.arrive("mail-1", "mail").expectNoOffer();
    }

    @Test
    void givenAnAgentOnEmail_whenSocialAndChatArrive_thenSocialIsOfferedButChatIsNot() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("anna"));
        scenario.arriveAndAccept("mail-1", "mail", "anna");

        scenario.arrive("chat-1", "chat").expectNoOffer();
        scenario.arrive("post-1", "social").expectOffer("post-1", "anna");
    }

    @Test
    void givenAnAgentOnEmailWithoutBlending_whenACallArrives_thenItIsNotOffered() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("anna").withBlendEligible(true));
        scenario.arriveAndAccept("mail-1", "mail", "anna");

        scenario.arrive("call-1", "phone").expectNoOffer();
    }

    @Test
    void givenACustomMatrixAllowingChatDuringEmail_whenAChatArrives_thenItIsOffered() {
        InterruptMatrix matrix = InterruptMatrix.defaults().with(MediaType.EMAIL, MediaType.CHAT, Interruption.ALWAYS);
        RoutingScenario scenario = allChannels(RoutingSettings.defaults(ZoneOffset.UTC).withInterruptMatrix(matrix))
                .readyAgent(AgentProfile.of("anna"));
        scenario.arriveAndAccept("mail-1", "mail", "anna");

        scenario.arrive("chat-1", "chat").expectOffer("chat-1", "anna");
    }

    @Test
    void givenAnOpenOffer_whenMoreChatsArrive_thenTheAgentGetsOneOfferAtATime() {
        RoutingScenario scenario = allChannels().readyAgent(AgentProfile.of("mia"));
        scenario.arrive("chat-1", "chat").expectOffer("chat-1", "mia");

        scenario.arrive("chat-2", "chat").expectNoOffer();
        scenario.accept("chat-1", "mia").expectOffer("chat-2", "mia");
    }
}
