package org.samklang.ui.internal.handlers;

import org.samklang.ui.internal.parts.ConversationListPart;

/** Accepts the offer in the offer bar (org.samklang.command.offer.accept). */
public class AcceptOfferHandler extends ConversationListHandler {

    @Override
    void run(ConversationListPart list) {
        list.acceptOffer();
    }
}
