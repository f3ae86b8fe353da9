package org.samklang.ui.internal.handlers;

import org.samklang.core.api.model.InboxQuery;
import org.samklang.ui.internal.parts.ConversationListPart;

/** Shows conversations nobody has taken (org.samklang.command.conversations.unassigned). */
public class ShowUnassignedHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.showView(InboxQuery.View.UNASSIGNED);
    }
}
