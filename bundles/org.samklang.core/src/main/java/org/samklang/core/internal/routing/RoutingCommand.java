package org.samklang.core.internal.routing;

import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.samklang.core.internal.sla.CountedOutcome;

/**
 * What the routing engine is told: configuration, presence changes, contacts and the outcomes of offers.
 * Commands are plain immutable data so that a hub can carry them over a message bus and replay them.
 * Each record checks its own shape (nulls, negative durations) with {@link IllegalArgumentException} or
 * {@link NullPointerException}; whether it fits the engine's state (known ids, right order) is checked by
 * {@link RoutingEngine#handle}, which answers a {@link RoutingDecision.Rejected} instead of throwing.
 */
public sealed interface RoutingCommand {

    /** Adds a queue. Overflow targets must already be defined. */
    record DefineQueue(QueueDefinition queue) implements RoutingCommand {

        public DefineQueue {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** Adds an agent, not routable until {@link SetAgentRoutable} says so. */
    record RegisterAgent(AgentProfile agent) implements RoutingCommand {

        public RegisterAgent {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /** Presence changed: the agent may (or may no longer) be offered work. Idempotent. */
    record SetAgentRoutable(String agentId, boolean routable) implements RoutingCommand {

        public SetAgentRoutable {
            Objects.requireNonNull(agentId, "agentId");
        }
    }

    /**
     * A contact arrived in a queue; {@code priority} overrides the queue's (1-9). {@code arrivedAt} is when the
     * customer started waiting, for work that was waiting before the engine learnt of it (after a restart, or
     * from a channel that delivers late); it is clamped to now when it lies in the future. Empty means now.
     */
    record WorkArrived(String itemId, String queueId, OptionalInt priority, Optional<Instant> arrivedAt)
            implements
                RoutingCommand {

        public WorkArrived {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(queueId, "queueId");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(arrivedAt, "arrivedAt");
            if (itemId.isBlank()) {
                throw new IllegalArgumentException("work item id must not be blank");
            }
        }

        /** A contact arriving now, with a priority of its own. */
        public WorkArrived(String itemId, String queueId, OptionalInt priority) {
            this(itemId, queueId, priority, Optional.empty());
        }

        /** A contact arriving now with its queue's priority. */
        public WorkArrived(String itemId, String queueId) {
            this(itemId, queueId, OptionalInt.empty(), Optional.empty());
        }
    }

    /** The agent accepted the contact offered to them. */
    record OfferAccepted(String itemId, String agentId) implements RoutingCommand {

        public OfferAccepted {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(agentId, "agentId");
        }
    }

    /** The agent declined the contact offered to them. */
    record OfferDeclined(String itemId, String agentId) implements RoutingCommand {

        public OfferDeclined {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(agentId, "agentId");
        }
    }

    /** The customer left before being answered (hung up, closed the chat). */
    record WorkAbandoned(String itemId) implements RoutingCommand {

        public WorkAbandoned {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** The agent sent the first reply to a digital contact (not voice). */
    record FirstResponseSent(String itemId) implements RoutingCommand {

        public FirstResponseSent {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** An answered contact is done, wrap-up included; frees the agent's capacity. */
    record WorkCompleted(String itemId, Duration talk, Duration hold, Duration wrapUp) implements RoutingCommand {

        public WorkCompleted {
            Objects.requireNonNull(itemId, "itemId");
            requireNotNegative("talk", talk);
            requireNotNegative("hold", hold);
            requireNotNegative("wrapUp", wrapUp);
        }

        /** Talk + hold + wrap-up, the handle time that AHT averages. */
        public Duration handleTime() {
            return talk.plus(hold).plus(wrapUp);
        }

        private static void requireNotNegative(String what, Duration duration) {
            Objects.requireNonNull(duration, what);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(what + " time must not be negative, was " + duration);
            }
        }
    }

    /**
     * The contact was answered outside an offer (the agent took the call at the phone, or picked the conversation
     * up): it leaves the queue, counted as answered with its wait until now, and any offer of it is withdrawn.
     * Nothing happens for a contact the engine holds as answered already or does not hold at all.
     */
    record WorkAnswered(String itemId) implements RoutingCommand {

        public WorkAnswered {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /**
     * The contact's conversation was closed: answered work is completed with its handle time since the answer
     * (talk or write time, hold and wrap-up), work still waiting or being offered is abandoned (the call ended
     * unanswered, the conversation was closed without an answer). Nothing happens for a contact the engine does
     * not hold (it never waited in a queue, or left by voicemail).
     */
    record WorkEnded(String itemId) implements RoutingCommand {

        public WorkEnded {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /**
     * Today's figures of a queue as counted before a restart, so the service level, ASA and AHT go on from
     * there. Accepted only before the queue counted anything today.
     */
    record RestoreFigures(String queueId, List<CountedOutcome> outcomes)
            implements
                RoutingCommand {

        public RestoreFigures {
            Objects.requireNonNull(queueId, "queueId");
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * Time passed: times out offers, fires overflow steps and re-evaluates blending. Send it at least once a
     * second, or at {@link RoutingEngine#nextDueAt()}. (Due timers also run before every other command.)
     */
    record Tick() implements RoutingCommand {
    }
}
