package org.samklang.ui.internal.model;

import org.samklang.core.api.model.Conversation;

/**
 * The conversation part's fixed lines: the header ("Anna Lindqvist · Email · Active") and the composer's label
 * ("Reply on Email"). Thread-safe.
 */
public final class ThreadTexts {

    private final UiMessages messages;
    private final ChannelTexts channels;

    public ThreadTexts(UiMessages messages) {
        this.messages = messages;
        this.channels = new ChannelTexts(messages);
    }

    /** {@return the header line for a conversation of a named customer} */
    public String header(Conversation conversation, String customerName) {
        return messages.format("thread.header", customerName, channels.name(conversation.mediaType()),
                channels.state(conversation.state()));
    }

    /** {@return the subject line under the header, or empty} */
    public String subject(Conversation conversation) {
        String subject = DisplayText.oneLine(conversation.subject(), 200);
        return subject.isEmpty() ? "" : messages.format("thread.subject", subject);
    }

    /** {@return the composer's label} */
    public String replyOn(Conversation conversation) {
        return messages.format("composer.replyOn", channels.name(conversation.mediaType()));
    }
}
