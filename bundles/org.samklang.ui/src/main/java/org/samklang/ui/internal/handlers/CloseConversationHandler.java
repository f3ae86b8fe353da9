package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationThreadPart;

/** Closes the open conversation (org.samklang.command.conversation.close). */
public class CloseConversationHandler extends ConversationHandler {

    @Override
    void run(ConversationThreadPart conversation) {
        conversation.closeConversation();
    }
}
