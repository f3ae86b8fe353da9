package org.samklang.core.internal.calls;

import java.util.Optional;

import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.Message;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MessageId;

/** What the call runtime reads back from the store after filing a ringing call: the screen pop's ids. */
public interface CallLookup {

    /** {@return the customer a conversation belongs to} */
    Optional<CustomerId> customerOf(ConversationId conversation);

    /** {@return the sender of a stored message, as identity resolution normalised it} */
    Optional<Address> senderOf(MessageId message);

    /** {@return the lookup through the engine's conversation queries} */
    static CallLookup of(ConversationService conversations) {
        return new CallLookup() {

            @Override
            public Optional<CustomerId> customerOf(ConversationId conversation) {
                return conversations.conversation(conversation).map(Conversation::customerId);
            }

            @Override
            public Optional<Address> senderOf(MessageId message) {
                return conversations.message(message).flatMap(Message::from);
            }
        };
    }
}
