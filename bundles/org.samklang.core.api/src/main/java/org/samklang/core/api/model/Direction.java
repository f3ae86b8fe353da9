package org.samklang.core.api.model;

/** Whether a {@link Message} came from the customer or goes to the customer. */
public enum Direction {
    /** From the customer to us, handed in by a channel plugin. */
    INBOUND,
    /** From an agent to the customer, sent through the outbox. */
    OUTBOUND
}
