package org.samklang.ui.internal.model;

import java.util.Objects;
import org.samklang.core.api.model.Conversation;

/**
 * One row of the conversation list: the conversation and the name of its customer, looked up off the UI thread.
 *
 * @param conversation the conversation
 * @param customerName what to call the customer in the list, already {@link DisplayText cleaned}; never blank
 */
public record InboxEntry(Conversation conversation, String customerName) {

    public InboxEntry {
        Objects.requireNonNull(conversation, "conversation");
        if (customerName == null || customerName.isBlank()) {
            throw new IllegalArgumentException("customerName must not be blank");
        }
    }
}
