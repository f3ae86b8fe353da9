package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.samklang.ui.internal.parts.ConversationThreadPart;

/**
 * Sends the reply in the composer (org.samklang.command.conversation.send, Ctrl+Enter). Bound in the composer's
 * binding context (org.samklang.context.composer), which is active only while the composer has the focus, so
 * Ctrl+Enter elsewhere (a search field, the reception's message form) keeps its own meaning.
 */
public class SendReplyHandler {

    @Execute
    public void execute(MApplication app, EModelService models) {
        Parts.peek(app, models, Parts.THREAD, ConversationThreadPart.class)
                .filter(ConversationThreadPart::composerHasFocus).ifPresent(ConversationThreadPart::sendReply);
    }
}
