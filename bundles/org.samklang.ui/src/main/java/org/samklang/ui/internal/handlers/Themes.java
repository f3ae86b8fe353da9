package org.samklang.ui.internal.handlers;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.samklang.ui.internal.model.DeskPreferences;
import org.samklang.ui.internal.parts.Appearance;

/** Puts a theme on the whole window: CSS through the e4 theme engine, state colours through {@link Appearance}. */
final class Themes {

    private Themes() {
    }

    /** Applies {@code themeId}; without a theme engine (styling off) only the state colours change. UI thread. */
    static void apply(IThemeEngine engine, String themeId) {
        Display display = Display.getCurrent();
        Runnable restyle = () -> {
            if (engine != null && (engine.getActiveTheme() == null
                    || !themeId.equals(engine.getActiveTheme().getId()))) {
                engine.setTheme(themeId, true);
            }
        };
        Appearance.setDark(DeskPreferences.DARK_THEME.equals(themeId), restyle,
                display == null ? new Shell[0] : display.getShells());
    }
}
