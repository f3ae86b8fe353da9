package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationListPart;

/** Opens the next conversation in the list (org.samklang.command.conversations.next). */
public class NextConversationHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.moveSelection(1);
    }
}
