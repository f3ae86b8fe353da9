package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationListPart;

/** Opens the previous conversation in the list (org.samklang.command.conversations.previous). */
public class PreviousConversationHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.moveSelection(-1);
    }
}
