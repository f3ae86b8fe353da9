package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.samklang.ui.internal.settings.SettingsPart;

/**
 * Opens the form of a new instance in Settings (org.samklang.command.settings.add, Ctrl+N). Bound in the Settings part's binding context (org.samklang.context.settings), so the key means this only
 * while that part is active.
 */
public class SettingsAddHandler {

    @Execute
    public void execute(MApplication app, EModelService models) {
        Parts.peek(app, models, Parts.SETTINGS, SettingsPart.class).ifPresent(SettingsPart::add);
    }
}
