package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationListPart;

/** Declines the offer in the offer bar (org.samklang.command.offer.decline). */
public class DeclineOfferHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.declineOffer();
    }
}
