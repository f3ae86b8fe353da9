package org.samklang.core.api.model;

/**
 * The life cycle of a {@link Conversation}, in the order routing usually moves it.
 * <p>
 * Every state except {@link #CLOSED} is open: an inbound message joins an open conversation of its thread or of
 * the same customer and channel. A closed conversation is reopened (back to {@link #NEW}) when the customer writes
 * again within the reopen window.
 */
public enum ConversationState {

    /** Just created or reopened; routing has not seen it yet. */
    NEW,
    /** Waiting in a queue for an agent. */
    QUEUED,
    /** Offered to one agent, who may accept, decline or let it time out. */
    OFFERED,
    /** An agent is handling it (talk, chat or write time). */
    ACTIVE,
    /** The agent put it on hold. */
    ON_HOLD,
    /** After-contact work; the customer is gone, the agent is finishing. */
    WRAP_UP,
    /** Done. */
    CLOSED;

    /** True for every state except {@link #CLOSED}. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** True while nobody has answered yet ({@link #NEW}, {@link #QUEUED}, {@link #OFFERED}): the SLA clock runs. */
    public boolean awaitsAnswer() {
        return this == NEW || this == QUEUED || this == OFFERED;
    }
}
