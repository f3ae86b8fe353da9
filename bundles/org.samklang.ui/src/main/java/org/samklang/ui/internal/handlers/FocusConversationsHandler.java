package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationListPart;

/** Moves the keyboard into the conversation list (org.samklang.command.conversations.focus). */
public class FocusConversationsHandler extends ConversationListHandler {

    @Override
    boolean activates() {
        return true;
    }

    @Override
    void run(ConversationListPart list) {
        list.focusList();
    }
}
