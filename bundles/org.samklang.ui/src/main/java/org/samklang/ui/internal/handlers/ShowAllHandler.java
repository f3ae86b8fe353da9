package org.samklang.ui.internal.handlers;

import org.samklang.core.api.model.InboxQuery;
import org.samklang.ui.internal.parts.ConversationListPart;

/** Shows all open conversations (org.samklang.command.conversations.all). */
public class ShowAllHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.showView(InboxQuery.View.OPEN);
    }
}
