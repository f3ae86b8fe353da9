package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.samklang.ui.internal.parts.ConversationThreadPart;

/**
 * Attaches a file to the reply being written (org.samklang.command.conversation.attach, Ctrl+Shift+O). Bound in
 * the composer's binding context, like Send, so the keys mean nothing elsewhere; when the chosen channel cannot
 * carry attachments the composer says why instead of opening the file chooser.
 */
public class AttachFileHandler {

    @Execute
    public void execute(MApplication app, EModelService models) {
        Parts.peek(app, models, Parts.THREAD, ConversationThreadPart.class)
                .filter(ConversationThreadPart::composerHasFocus).ifPresent(ConversationThreadPart::attachFile);
    }
}
