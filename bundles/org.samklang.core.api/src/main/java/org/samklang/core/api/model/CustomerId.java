package org.samklang.core.api.model;

/**
 * Identifies one {@link Customer} in this store; assigned by the engine, never reused.
 *
 * @param value a positive number
 */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("customer id must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return "customer#" + value;
    }
}
