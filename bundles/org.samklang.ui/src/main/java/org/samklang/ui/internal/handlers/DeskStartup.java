package org.samklang.ui.internal.handlers;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.samklang.core.api.IdentityService;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.WhoAmIDialog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.samklang.ui.internal.model.DeskPreferences;
import org.samklang.ui.internal.parts.Appearance;

/**
 * Application addon: opens the window over the whole screen, puts on the theme the user chose last time and, when
 * the desktop was started with {@code --reception} ({@value #PERSPECTIVE_PROPERTY}{@code =reception}), opens the
 * reception perspective first; {@code =settings} opens the Settings perspective first (a desk without plugins).
 */
public class DeskStartup {

    /** The system property the start script sets for {@code --reception}. */
    public static final String PERSPECTIVE_PROPERTY = "samklang.perspective";

    @Inject
    EModelService models;

    @PostConstruct
    void beforeRendering(MApplication app) {
        // Before any part paints, so state colours start out right for the theme the engine will put on.
        Appearance.setDark(DeskPreferences.DARK_THEME.equals(DeskPreferences.shared().theme()));
        app.getChildren().forEach(DeskStartup::fillScreen);
    }

    /**
     * On a desk where nobody is configured and no plugin signs anyone in (no sandbox), asks who works here, once the
     * window is up. Later (Esc) leaves the desk without a signed-in person; it asks again at the next start.
     */
    private static void askWhoWorksHere(MApplication app, IdentityService identities) {
        if (identities == null || !identities.needsAsking() || app.getChildren().isEmpty()
                || !(app.getChildren().get(0).getWidget() instanceof Shell window)) {
            return;
        }
        window.getDisplay().asyncExec(() -> {
            if (!window.isDisposed() && identities.needsAsking()) {
                new WhoAmIDialog(window, identities, UiMessages.current()).open();
            }
        });
    }

    /**
     * An agent works in this window all day and its list, thread and customer card all need width: a fixed default
     * size left the list's customer and subject columns a few letters wide on a 1440×900 screen. The window starts
     * over the primary monitor's work area, and maximised where a window manager honours that; the user's own
     * moves and sizes then apply as usual.
     */
    private static void fillScreen(MWindow window) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        Rectangle area = display.getPrimaryMonitor().getClientArea();
        window.setX(area.x);
        window.setY(area.y);
        window.setWidth(area.width);
        window.setHeight(area.height);
        if (!window.getTags().contains(IPresentationEngine.WINDOW_MAXIMIZED_TAG)) {
            window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
        }
    }

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) MApplication app,
            @Optional IThemeEngine engine, @Optional @Service IdentityService identities) {
        Themes.apply(engine, DeskPreferences.shared().theme());
        askWhoWorksHere(app, identities);
        String wanted = switch (System.getProperty(PERSPECTIVE_PROPERTY, "").strip()) {
            case "reception" -> Parts.RECEPTION_PERSPECTIVE;
            case "settings" -> Parts.SETTINGS_PERSPECTIVE;
            default -> "";
        };
        if (!wanted.isEmpty() && models.find(wanted, app) instanceof MPerspective first
                && first.getParent() != null) {
            // The perspective stack's renderer shows what the stack selects, as EPartService.switchPerspective does.
            first.getParent().setSelectedElement(first);
        }
    }
}
