package org.samklang.core.internal.calls;

import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.CallMetadata.Event;
import org.samklang.core.api.model.ConversationState;

/**
 * A call's conversation follows the call, item by item as the call's events are stored: a call that rings waits
 * (also on a conversation whose earlier call was answered), answered is active, held is on hold, ended is wrap-up
 * when the desk's agent does the after-call work and closed otherwise (a call of the PBX's log, one that rang out,
 * one transferred away), and the agent's wrap-up code closes it. So a call that is over never shows as waiting or
 * offered, and routing counts it answered or abandoned.
 * <p>
 * Applied in the store's transaction of each item, so the states follow the events in the order they were stored,
 * whatever else happens meanwhile. Only a ringing call is a new contact: the later events of a call join its
 * conversation without reopening it. Pure and thread-safe.
 */
public final class CallStates {

    private CallStates() {
    }

    /** {@return whether an item with this metadata is a new contact, which may reopen a closed conversation} */
    public static boolean isNewContact(Map<String, String> metadata) {
        String event = metadata.get(CallMetadata.EVENT);
        return event == null || event.equals(Event.RINGING);
    }

    /**
     * {@return the state a conversation in state {@code now} moves to once an item with this metadata is stored;
     * empty when it stays} {@link ConversationState#NEW} for a call ringing on an answered conversation means it
     * waits again, from the ringing.
     */
    public static Optional<ConversationState> after(Map<String, String> metadata, ConversationState now) {
        String event = metadata.get(CallMetadata.EVENT);
        if (event == null || !now.isOpen()) {
            return Optional.empty();
        }
        ConversationState next = switch (event) {
            case Event.RINGING -> now.awaitsAnswer() ? null : ConversationState.NEW;
            case Event.ANSWERED -> now.awaitsAnswer() ? ConversationState.ACTIVE : null;
            case Event.HELD -> now == ConversationState.ACTIVE ? ConversationState.ON_HOLD : null;
            case Event.RESUMED -> now == ConversationState.ON_HOLD ? ConversationState.ACTIVE : null;
            case Event.ENDED -> "true".equals(metadata.get(CallMetadata.AFTER_CALL_WORK))
                    ? ConversationState.WRAP_UP
                    : ConversationState.CLOSED;
            case Event.TRANSFERRED -> ConversationState.CLOSED;
            // Only the after-call work it ends: a new call of the customer may be waiting on the conversation by now.
            case Event.WRAP_UP -> now == ConversationState.WRAP_UP ? ConversationState.CLOSED : null;
            default -> null;
        };
        return next == null || next == now ? Optional.empty() : Optional.of(next);
    }
}
