package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Offer;
import org.samklang.core.internal.routing.InterruptMatrix.Interruption;
import org.samklang.core.internal.routing.RoutingCommand.OfferAccepted;
import org.samklang.core.internal.routing.RoutingCommand.OfferDeclined;
import org.samklang.core.internal.routing.RoutingCommand.SetAgentRoutable;
import org.samklang.core.internal.routing.RoutingCommand.WorkAbandoned;
import org.samklang.core.internal.routing.RoutingCommand.WorkArrived;
import org.samklang.core.internal.routing.RoutingCommand.WorkCompleted;

/**
 * Drives the engine with a seeded random mix of valid commands and checks every decision against an
 * independent model of what must always hold: offers only to routable agents with free capacity and an allowing
 * interrupt matrix, one open offer per agent, waiting counts that add up, and no idle agent left next to work
 * they could take.
 */
class RoutingInvariantTest {

    private static final String[] QUEUES = {"phone", "chat", "mail", "social"};
    private static final MediaType[] MEDIA = {MediaType.VOICE, MediaType.CHAT, MediaType.EMAIL, MediaType.SOCIAL};
    private static final int AGENTS = 8;
    private static final Duration COOLDOWN = Duration.ofSeconds(60);

    private final RoutingSettings settings = RoutingSettings.defaults(ZoneOffset.UTC);
    private final RoutingScenario scenario = new RoutingScenario(settings);
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Boolean> blending = new HashMap<>();
    private final Map<String, Instant> declinedAt = new HashMap<>();
    private int nextItem;

    private static final class Item {

        final String queue;
        final MediaType media;
        String agent;
        boolean answered;

        Item(String queue, MediaType media) {
            this.queue = queue;
            this.media = media;
        }
    }

    private static final class Agent {

        final int phoneLevel;
        final boolean blendEligible;
        boolean routable = true;
        String offer;
        final Map<MediaType, Integer> load = new EnumMap<>(MediaType.class);

        Agent(int phoneLevel, boolean blendEligible) {
            this.phoneLevel = phoneLevel;
            this.blendEligible = blendEligible;
            for (MediaType media : MediaType.values()) {
                load.put(media, 0);
            }
        }

        int total() {
            return load.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 42})
    void randomTrafficNeverBreaksTheRoutingRules(long seed) {
        Random random = new Random(seed);
        scenario.queue(QueueDefinition.of("phone", "Phone", MediaType.VOICE).withSkill("phone", 3)
                .withOverflow(OverflowRule.toVoicemail(Duration.ofSeconds(120))));
        for (int q = 1; q < QUEUES.length; q++) {
            scenario.queue(QueueDefinition.of(QUEUES[q], QUEUES[q], MEDIA[q]));
        }
        for (int a = 0; a < AGENTS; a++) {
            Agent agent = new Agent(1 + random.nextInt(10), random.nextBoolean());
            agents.put("agent-" + a, agent);
            observe(scenario.readyAgent(AgentProfile.of("agent-" + a).withSkill("phone", agent.phoneLevel)
                    .withBlendEligible(agent.blendEligible)).last());
        }
        for (int step = 0; step < 3000; step++) {
            RoutingCommand command = nextCommand(random);
            observe(scenario.accepted(command).last());
            checkWaitingCounts();
            checkNoIdleAgentBesideWork();
        }
    }

    private RoutingCommand nextCommand(Random random) {
        int roll = random.nextInt(100);
        List<String> offered = itemsWhere(item -> item.agent != null && !item.answered);
        List<String> answered = itemsWhere(item -> item.answered);
        if (roll < 35) {
            int q = random.nextInt(QUEUES.length);
            String id = "item-" + nextItem++;
            items.put(id, new Item(QUEUES[q], MEDIA[q]));
            return new WorkArrived(id, QUEUES[q]);
        }
        if (roll < 60 && !offered.isEmpty()) {
            String id = offered.get(random.nextInt(offered.size()));
            return roll < 55 ? accept(id) : decline(id);
        }
        if (roll < 78 && !answered.isEmpty()) {
            String id = answered.get(random.nextInt(answered.size()));
            release(id);
            return new WorkCompleted(id, Duration.ofSeconds(random.nextInt(300)), Duration.ZERO, Duration.ZERO);
        }
        List<String> unanswered = itemsWhere(item -> !item.answered);
        if (roll < 82 && !unanswered.isEmpty()) {
            String id = unanswered.get(random.nextInt(unanswered.size()));
            release(id);
            return new WorkAbandoned(id);
        }
        if (roll < 88) {
            String id = "agent-" + random.nextInt(AGENTS);
            Agent agent = agents.get(id);
            agent.routable = !agent.routable;
            if (!agent.routable && agent.offer != null) {
                // The engine withdraws the offer; observe() sees OfferWithdrawn and requeues.
                return new SetAgentRoutable(id, false);
            }
            return new SetAgentRoutable(id, agent.routable);
        }
        scenario.clock.advance(Duration.ofMillis(random.nextInt(8000)));
        return new RoutingCommand.Tick();
    }

    private RoutingCommand accept(String id) {
        Item item = items.get(id);
        item.answered = true;
        agents.get(item.agent).offer = null;
        return new OfferAccepted(id, item.agent);
    }

    private RoutingCommand decline(String id) {
        Item item = items.get(id);
        Agent agent = agents.get(item.agent);
        agent.offer = null;
        agent.load.merge(item.media, -1, Integer::sum);
        declinedAt.put(id + "/" + item.agent, scenario.clock.instant());
        String agentId = item.agent;
        item.agent = null;
        return new OfferDeclined(id, agentId);
    }

    /** The item leaves: free whatever it held. */
    private void release(String id) {
        Item item = items.remove(id);
        if (item.agent != null) {
            Agent agent = agents.get(item.agent);
            agent.load.merge(item.media, -1, Integer::sum);
            if (id.equals(agent.offer)) {
                agent.offer = null;
            }
        }
    }

    private void observe(List<RoutingDecision> decisions) {
        for (RoutingDecision decision : decisions) {
            switch (decision) {
                case RoutingDecision.OfferWork work -> checkAndRecordOffer(work.offer());
                case RoutingDecision.SetNotReady notReady -> agents.get(notReady.agentId()).routable = false;
                case RoutingDecision.Requeued requeued -> requeue(requeued.itemId());
                case RoutingDecision.ToVoicemail voicemail -> {
                    assertTrue(items.get(voicemail.itemId()).agent == null, "voicemail while offered");
                    items.remove(voicemail.itemId());
                }
                case RoutingDecision.BlendingChanged changed -> blending.put(changed.queueId(), changed.active());
                default -> {
                }
            }
        }
    }

    private void requeue(String itemId) {
        Item item = items.get(itemId);
        if (item.agent != null) {
            Agent agent = agents.get(item.agent);
            agent.offer = null;
            agent.load.merge(item.media, -1, Integer::sum);
            item.agent = null;
        }
    }

    private void checkAndRecordOffer(Offer offer) {
        Item item = items.get(offer.itemId());
        Agent agent = agents.get(offer.agentId());
        String who = offer.agentId() + " offered " + offer.itemId() + " (" + item.media + ")";
        assertTrue(item.agent == null && !item.answered, who + ": item not waiting");
        assertTrue(agent.routable, who + ": agent not routable");
        assertTrue(agent.offer == null, who + ": agent already has an open offer");
        assertTrue(agent.load.get(item.media) < settings.defaultCapacity().get(item.media), who + ": over capacity");
        if (item.media == MediaType.VOICE) {
            assertTrue(agent.phoneLevel >= 3, who + ": lacks the phone skill");
        }
        for (MediaType inHand : MediaType.values()) {
            if (inHand == item.media || agent.load.get(inHand) == 0) {
                continue;
            }
            Interruption rule = settings.interruptMatrix().get(inHand, item.media);
            assertTrue(rule != Interruption.NEVER, who + ": interrupts " + inHand);
            if (rule == Interruption.WHEN_BLENDING) {
                assertTrue(agent.blendEligible && blending.getOrDefault(item.queue, false), who + ": not blending");
            }
        }
        item.agent = offer.agentId();
        agent.offer = offer.itemId();
        agent.load.merge(item.media, 1, Integer::sum);
    }

    private void checkWaitingCounts() {
        for (String queue : QUEUES) {
            long expected = items.values().stream().filter(item -> item.queue.equals(queue) && !item.answered).count();
            assertEquals(expected, scenario.figures(queue).waiting(), "waiting in " + queue);
        }
    }

    private void checkNoIdleAgentBesideWork() {
        Instant now = scenario.clock.instant();
        agents.forEach((agentId, agent) -> {
            if (!agent.routable || agent.offer != null || agent.total() > 0) {
                return;
            }
            items.forEach((itemId, item) -> {
                boolean waiting = item.agent == null && !item.answered;
                boolean qualified = item.media != MediaType.VOICE || agent.phoneLevel >= 3;
                Instant declined = declinedAt.get(itemId + "/" + agentId);
                boolean cooling = declined != null && now.isBefore(declined.plus(COOLDOWN));
                if (waiting && qualified && !cooling) {
                    fail("idle " + agentId + " left beside waiting " + itemId + " at " + now);
                }
            });
        });
    }

    private List<String> itemsWhere(java.util.function.Predicate<Item> filter) {
        List<String> ids = new ArrayList<>();
        items.forEach((id, item) -> {
            if (filter.test(item)) {
                ids.add(id);
            }
        });
        ids.sort(null);
        return ids;
    }
}
