package org.samklang.ui.internal.handlers;

import org.samklang.core.api.model.InboxQuery;
import org.samklang.ui.internal.parts.ConversationListPart;

/** Shows my conversations (org.samklang.command.conversations.mine). */
public class ShowMineHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.showView(InboxQuery.View.MINE);
    }
}
