package org.samklang.core.api.model;

/**
 * Identifies one {@link Conversation} in this store; assigned by the engine, never reused.
 *
 * @param value a positive number
 */
public record ConversationId(long value) {

    public ConversationId {
        if (value <= 0) {
            throw new IllegalArgumentException("conversation id must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return "conversation#" + value;
    }
}
