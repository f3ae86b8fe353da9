package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * A call at the desk's device as the agent sees it: who calls, its state, and the conversation and customer it
 * was filed under (present once the ringing event is stored, which is what the screen pop opens).
 *
 * @param callId         the PBX's call id
 * @param state          where the call is in its life
 * @param caller         the caller's address ({@code tel:} in E.164), empty for a withheld number
 * @param calledNumber   the number the caller dialled (the queue or the desk), empty when unknown
 * @param conversationId the call's conversation, once stored
 * @param customerId     the caller's customer, once resolved
 * @param ringingSince   when it started ringing, by the PBX's clock
 * @param answeredAt     when it was answered
 * @param transferTarget where a consultative transfer is ringing, while {@link CallState#CONSULTING}
 */
public record DeskCall(String callId, CallState state, Optional<Address> caller, String calledNumber,
        Optional<ConversationId> conversationId, Optional<CustomerId> customerId, Instant ringingSince,
        Optional<Instant> answeredAt, Optional<String> transferTarget) {

    public DeskCall {
        Checks.notBlank(callId, "callId");
        Checks.notNull(state, "call state");
        Checks.notNull(caller, "caller");
        Checks.notNull(calledNumber, "calledNumber");
        Checks.notNull(conversationId, "conversationId");
        Checks.notNull(customerId, "customerId");
        Checks.notNull(ringingSince, "ringingSince");
        Checks.notNull(answeredAt, "answeredAt");
        Checks.notNull(transferTarget, "transferTarget");
    }

    /** The same call in another state. */
    public DeskCall withState(CallState newState) {
        return new DeskCall(callId, newState, caller, calledNumber, conversationId, customerId, ringingSince,
                answeredAt, transferTarget);
    }
}
