package org.samklang.core.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.routing.RoutingCommand.DefineQueue;
import org.samklang.core.internal.routing.RoutingCommand.OfferAccepted;
import org.samklang.core.internal.routing.RoutingCommand.OfferDeclined;
import org.samklang.core.internal.routing.RoutingCommand.RegisterAgent;
import org.samklang.core.internal.routing.RoutingCommand.SetAgentRoutable;
import org.samklang.core.internal.routing.RoutingCommand.Tick;
import org.samklang.core.internal.routing.RoutingCommand.WorkArrived;
import org.samklang.core.internal.routing.RoutingCommand.WorkCompleted;
import org.samklang.core.internal.routing.RoutingDecision.OfferWork;
import org.samklang.core.internal.routing.RoutingDecision.Rejected;

/**
 * A routing engine on a manual clock, with short verbs for scenario tests. Every verb fails the test if the
 * engine rejects the command, so a scenario cannot silently go off the rails; {@link #last()} holds the
 * decisions of the latest command.
 */
final class RoutingScenario {

    static final Instant START = Instant.parse("2026-11-16T09:00:00Z");

    final ManualClock clock = new ManualClock(START);
    final RoutingEngine engine;
    private List<RoutingDecision> last = List.of();

    RoutingScenario() {
        this(RoutingSettings.defaults(ZoneOffset.UTC));
    }

    RoutingScenario(RoutingSettings settings) {
        engine = new RoutingEngine(settings, clock);
    }

    RoutingScenario queue(QueueDefinition definition) {
        return accepted(new DefineQueue(definition));
    }

    /** Registers the agent and makes them routable (ready). */
    RoutingScenario readyAgent(AgentProfile profile) {
        accepted(new RegisterAgent(profile));
        return accepted(new SetAgentRoutable(profile.id(), true));
    }

    RoutingScenario arrive(String itemId, String queueId) {
        return accepted(new WorkArrived(itemId, queueId));
    }

    RoutingScenario accept(String itemId, String agentId) {
        return accepted(new OfferAccepted(itemId, agentId));
    }

    RoutingScenario decline(String itemId, String agentId) {
        return accepted(new OfferDeclined(itemId, agentId));
    }

    RoutingScenario complete(String itemId) {
        return accepted(new WorkCompleted(itemId, Duration.ofSeconds(60), Duration.ZERO, Duration.ZERO));
    }

    RoutingScenario routable(String agentId, boolean routable) {
        return accepted(new SetAgentRoutable(agentId, routable));
    }

    /** Moves the clock and sends a tick. */
    RoutingScenario after(Duration step) {
        clock.advance(step);
        return accepted(new Tick());
    }

    RoutingScenario afterSeconds(long seconds) {
        return after(Duration.ofSeconds(seconds));
    }

    /** Sends a command that must be applied. */
    RoutingScenario accepted(RoutingCommand command) {
        last = engine.handle(command);
        for (RoutingDecision decision : last) {
            if (decision instanceof Rejected rejected) {
                fail("engine rejected " + command + ": " + rejected.reason());
            }
        }
        return this;
    }

    /** Sends a command and returns its decisions, rejections included. */
    List<RoutingDecision> send(RoutingCommand command) {
        last = engine.handle(command);
        return last;
    }

    List<RoutingDecision> last() {
        return last;
    }

    /** The offers made by the latest command. */
    List<Offer> offers() {
        List<Offer> offers = new ArrayList<>();
        for (RoutingDecision decision : last) {
            if (decision instanceof OfferWork work) {
                offers.add(work.offer());
            }
        }
        return offers;
    }

    /** Asserts the latest command offered exactly this item to exactly this agent. */
    RoutingScenario expectOffer(String itemId, String agentId) {
        List<Offer> offers = offers();
        assertEquals(1, offers.size(), () -> "expected one offer of " + itemId + " to " + agentId + ", got " + last);
        assertEquals(itemId, offers.get(0).itemId(), () -> "offered item, decisions " + last);
        assertEquals(agentId, offers.get(0).agentId(), () -> "offered agent, decisions " + last);
        return this;
    }

    RoutingScenario expectNoOffer() {
        assertTrue(offers().isEmpty(), () -> "expected no offer, got " + last);
        return this;
    }

    /** Offers the item to the agent (asserting the offer) and accepts it. */
    RoutingScenario arriveAndAccept(String itemId, String queueId, String agentId) {
        arrive(itemId, queueId);
        expectOffer(itemId, agentId);
        return accept(itemId, agentId);
    }

    <T extends RoutingDecision> List<T> decisionsOf(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (RoutingDecision decision : last) {
            if (type.isInstance(decision)) {
                found.add(type.cast(decision));
            }
        }
        return found;
    }

    QueueFigures figures(String queueId) {
        Optional<QueueFigures> figures = engine.queueFigures(queueId);
        assertTrue(figures.isPresent(), "no figures for " + queueId);
        return figures.get();
    }
}
