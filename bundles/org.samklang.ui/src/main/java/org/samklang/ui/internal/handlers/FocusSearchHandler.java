package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationListPart;

/** Puts the cursor in the message search (org.samklang.command.conversations.search, Ctrl+K). */
public class FocusSearchHandler extends ConversationListHandler {

    @Override
    boolean activates() {
        return true;
    }

    @Override
    void run(ConversationListPart list) {
        list.focusSearch();
    }
}
