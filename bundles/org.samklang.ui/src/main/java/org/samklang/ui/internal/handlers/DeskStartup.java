package org.samklang.ui.internal.handlers;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.samklang.ui.internal.model.DeskPreferences;
import org.samklang.ui.internal.parts.Appearance;

/**
 * Application addon: puts on the theme the user chose last time and, when the desktop was started with
 * {@code --reception} ({@value #PERSPECTIVE_PROPERTY}{@code =reception}), opens the reception perspective first.
 */
public class DeskStartup {

    /** The system property the start script sets for {@code --reception}. */
    public static final String PERSPECTIVE_PROPERTY = "samklang.perspective";

    @Inject
    EModelService models;

    @PostConstruct
    void beforeRendering() {
        // Before any part paints, so state colours start out right for the theme the engine will put on.
        Appearance.setDark(DeskPreferences.DARK_THEME.equals(DeskPreferences.shared().theme()));
    }

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) MApplication app,
            @Optional IThemeEngine engine) {
        Themes.apply(engine, DeskPreferences.shared().theme());
        if ("reception".equals(System.getProperty(PERSPECTIVE_PROPERTY, "").strip())
                && models.find(Parts.RECEPTION_PERSPECTIVE, app) instanceof MPerspective reception
                && reception.getParent() != null) {
            // The perspective stack's renderer shows what the stack selects, as EPartService.switchPerspective does.
            reception.getParent().setSelectedElement(reception);
        }
    }
}
