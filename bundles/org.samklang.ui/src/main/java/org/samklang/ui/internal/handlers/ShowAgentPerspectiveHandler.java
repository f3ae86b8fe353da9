package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Switches to the agent perspective (org.samklang.command.perspective.agent). */
public class ShowAgentPerspectiveHandler {

    @Execute
    public void execute(MApplication app, EModelService models, EPartService parts) {
        Parts.switchTo(app, models, parts, Parts.AGENT_PERSPECTIVE);
    }
}
