package org.samklang.core.internal.routing;

import java.util.Objects;

import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.internal.sla.CountedOutcome;

/**
 * What the routing engine decided; the caller carries it out (rings the agent, sets presence, sends the
 * contact to voicemail, updates the conversation's state) and reports back with a {@link RoutingCommand}.
 * Reason codes are stable identifiers, not display text.
 */
public sealed interface RoutingDecision {

    /** Offer a contact to an agent until the offer expires. */
    record OfferWork(Offer offer) implements RoutingDecision {

        public OfferWork {
            Objects.requireNonNull(offer, "offer");
        }
    }

    /** Stop offering: the customer left ("abandoned") or the agent stopped being routable ("not-routable"). */
    record OfferWithdrawn(String itemId, String agentId, String reason) implements RoutingDecision {
    }

    /** A contact is back in its queue, keeping its arrival time ("declined", "not-responding", "not-routable"). */
    record Requeued(String itemId, String queueId, String reason) implements RoutingDecision {
    }

    /** Set the agent not ready with a reason code, e.g. {@link RoutingSettings#NOT_RESPONDING}. */
    record SetNotReady(String agentId, String reason) implements RoutingDecision {
    }

    /** A contact became eligible in another queue or for a partner group, too. */
    record Overflowed(String itemId, String fromQueueId, OverflowState.Kind kind, String targetId)
            implements
                RoutingDecision {
    }

    /** Send the contact to voicemail; it has left the queue. */
    record ToVoicemail(String itemId, String queueId) implements RoutingDecision {
    }

    /** Offer the customer a callback; the contact keeps its place in the queue either way. */
    record OfferCallback(String itemId, String queueId) implements RoutingDecision {
    }

    /** Blending into a queue started (service level at risk) or stopped (recovered). */
    record BlendingChanged(String queueId, boolean active) implements RoutingDecision {
    }

    /**
     * A queue counted an outcome into its figures (answered, abandoned, completed...); keep it, so the figures can
     * be {@linkplain RoutingCommand.RestoreFigures restored} after a restart.
     */
    record Counted(String queueId, CountedOutcome outcome)
            implements
                RoutingDecision {
    }

    /** The command did not fit the engine's state and changed nothing. */
    record Rejected(RoutingCommand command, String reason) implements RoutingDecision {
    }
}
