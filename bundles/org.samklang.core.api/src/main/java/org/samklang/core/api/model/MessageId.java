package org.samklang.core.api.model;

/**
 * Identifies one {@link Message} in this store; assigned by the engine, never reused.
 *
 * @param value a positive number
 */
public record MessageId(long value) {

    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("message id must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return "message#" + value;
    }
}
