package org.samklang.core.internal.calls;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.spi.CallEvent;

/**
 * A call's conversation follows the call: answered is active, held is on hold, ended is wrap-up when the desk's
 * agent does the after-call work and closed otherwise (a call of the PBX's log, one that rang out, one transferred
 * away), and a stored wrap-up code closes it. So a call that is over never shows as waiting or offered, and routing
 * counts it answered or abandoned.
 */
public interface CallConversations {

    /** The open states. */
    Set<ConversationState> OPEN = EnumSet.complementOf(EnumSet.of(ConversationState.CLOSED));
    /** The states of a conversation nobody has answered yet. */
    Set<ConversationState> UNANSWERED = EnumSet.of(ConversationState.NEW, ConversationState.QUEUED,
            ConversationState.OFFERED);

    /**
     * Moves the conversation to {@code state} if it is in one of {@code from} when the store gets to it; returns at
     * once. A failure completes the future; the call goes on either way.
     */
    CompletableFuture<?> move(ConversationId conversation, Set<ConversationState> from, ConversationState state);

    /** A change of a call's conversation: to {@code state} from any of {@code from}. */
    record Move(Set<ConversationState> from, ConversationState state) {
    }

    /**
     * {@return what {@code event}, filed, does to its call's conversation} {@code wrapUpFollows}: the call is at the
     * desk in wrap-up, so the agent's after-call work comes before the conversation closes.
     */
    static Optional<Move> after(CallEvent event, boolean wrapUpFollows) {
        return switch (event) {
            case CallEvent.Ringing ringing -> Optional.empty();
            case CallEvent.Answered answered -> Optional.of(new Move(UNANSWERED, ConversationState.ACTIVE));
            case CallEvent.Held held -> Optional.of(new Move(EnumSet.of(ConversationState.ACTIVE),
                    ConversationState.ON_HOLD));
            case CallEvent.Resumed resumed -> Optional.of(new Move(EnumSet.of(ConversationState.ON_HOLD),
                    ConversationState.ACTIVE));
            case CallEvent.Transferred transferred -> Optional.of(closed());
            case CallEvent.Ended ended -> Optional.of(wrapUpFollows
                    ? new Move(EnumSet.complementOf(EnumSet.of(ConversationState.WRAP_UP, ConversationState.CLOSED)),
                            ConversationState.WRAP_UP)
                    : closed());
        };
    }

    /** {@return the move that closes an open conversation: the call and its after-call work are over} */
    static Move closed() {
        return new Move(OPEN, ConversationState.CLOSED);
    }
}
