package org.samklang.ui.internal.handlers;

import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.samklang.ui.internal.settings.SettingsPart;

/**
 * Opens the Settings perspective (org.samklang.command.perspective.settings, Ctrl+F3) with the keyboard in its list.
 * With the parameter {@value #INSTANCE} (a click on a plugin's status item) it shows that instance's settings.
 */
public class ShowSettingsHandler {

    /** The command's optional parameter: the instance to show. */
    public static final String INSTANCE = "org.samklang.commandparameter.settings.instance";

    @Execute
    public void execute(MApplication app, EModelService models, EPartService parts,
            @Optional @Named(INSTANCE) String instanceId) {
        Parts.show(app, models, parts, Parts.SETTINGS, SettingsPart.class, true).ifPresent(settings -> {
            if (instanceId != null && !instanceId.isBlank()) {
                settings.reveal(instanceId);
            }
        });
    }
}
