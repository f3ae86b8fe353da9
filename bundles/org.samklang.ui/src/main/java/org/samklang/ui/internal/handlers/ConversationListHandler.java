package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.samklang.ui.internal.parts.ConversationListPart;

/**
 * A command of the conversation list: shows the list (switching to the agent perspective if needed) and runs one
 * of its actions. Subclasses name the action; e4 finds {@link #execute} on this base class.
 */
abstract class ConversationListHandler {

    /** Whether the list should take the keyboard focus before the action. */
    boolean activates() {
        return false;
    }

    abstract void run(ConversationListPart list);

    @Execute
    public void execute(MApplication app, EModelService models, EPartService parts) {
        Parts.show(app, models, parts, Parts.CONVERSATIONS, ConversationListPart.class, activates())
                .ifPresent(this::run);
    }
}
