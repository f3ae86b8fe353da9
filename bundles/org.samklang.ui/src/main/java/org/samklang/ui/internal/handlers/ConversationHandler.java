package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.samklang.ui.internal.parts.ConversationThreadPart;

/** A command of the open conversation (timeline and composer); subclasses name the action. */
abstract class ConversationHandler {

    boolean activates() {
        return false;
    }

    abstract void run(ConversationThreadPart conversation);

    @Execute
    public void execute(MApplication app, EModelService models, EPartService parts) {
        Parts.show(app, models, parts, Parts.THREAD, ConversationThreadPart.class, activates()).ifPresent(this::run);
    }
}
