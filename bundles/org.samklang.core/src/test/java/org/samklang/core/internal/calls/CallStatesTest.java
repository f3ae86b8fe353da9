package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.ConversationState;

/** How each stored call event moves its conversation. */
class CallStatesTest {

    private static Map<String, String> event(String name) {
        return Map.of(CallMetadata.EVENT, name);
    }

    @Test
    void aCallThatIsAnsweredAndEndsIsActiveThenClosed() {
        assertEquals(Optional.of(ConversationState.ACTIVE), CallStates.after(event("answered"),
                ConversationState.OFFERED));
        assertEquals(Optional.of(ConversationState.ON_HOLD), CallStates.after(event("held"),
                ConversationState.ACTIVE));
        assertEquals(Optional.of(ConversationState.ACTIVE), CallStates.after(event("resumed"),
                ConversationState.ON_HOLD));
        assertEquals(Optional.of(ConversationState.CLOSED), CallStates.after(event("ended"),
                ConversationState.ACTIVE));
        assertEquals(Optional.of(ConversationState.CLOSED), CallStates.after(event("ended"), ConversationState.NEW),
                "rang out: over, never answered");
    }

    @Test
    void aCallTheDesksAgentWrapsUpWaitsForTheWrapUpCode() {
        Map<String, String> ended = Map.of(CallMetadata.EVENT, "ended", CallMetadata.AFTER_CALL_WORK, "true");
        assertEquals(Optional.of(ConversationState.WRAP_UP), CallStates.after(ended, ConversationState.ACTIVE));
        assertEquals(Optional.of(ConversationState.CLOSED), CallStates.after(event(CallMetadata.Event.WRAP_UP),
                ConversationState.WRAP_UP));
        assertEquals(Optional.empty(), CallStates.after(event(CallMetadata.Event.WRAP_UP),
                ConversationState.NEW), "the customer's next call waits; the last one's wrap-up does not close it");
    }

    @Test
    void onlyARingingCallIsANewContact_andOnAnAnsweredConversationItWaitsAgain() {
        assertTrue(CallStates.isNewContact(event("ringing")));
        assertTrue(CallStates.isNewContact(Map.of()), "a message that is no call event");
        assertFalse(CallStates.isNewContact(event(CallMetadata.Event.WRAP_UP)));
        assertFalse(CallStates.isNewContact(event("ended")));
        assertEquals(Optional.of(ConversationState.NEW), CallStates.after(event("ringing"), ConversationState.ACTIVE));
        assertEquals(Optional.empty(), CallStates.after(event("ringing"), ConversationState.NEW));
        assertEquals(Optional.empty(), CallStates.after(event("answered"), ConversationState.CLOSED),
                "a late event never moves a closed conversation");
        assertEquals(Optional.empty(), CallStates.after(Map.of(), ConversationState.NEW), "no call event");
    }
}
