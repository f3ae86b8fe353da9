package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationThreadPart;

/** Puts the cursor in the reply composer (org.samklang.command.conversation.reply). */
public class FocusComposerHandler extends ConversationHandler {

    @Override
    boolean activates() {
        return true;
    }

    @Override
    void run(ConversationThreadPart conversation) {
        conversation.focusComposer();
    }
}
