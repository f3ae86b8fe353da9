package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.samklang.ui.internal.model.DeskPreferences;

/** Switches between the light and the dark theme (org.samklang.command.window.theme); kept across restarts. */
public class ToggleThemeHandler {

    @Execute
    public void execute(@Optional IThemeEngine engine) {
        DeskPreferences preferences = DeskPreferences.shared();
        String next = DeskPreferences.DARK_THEME.equals(preferences.theme())
                ? DeskPreferences.LIGHT_THEME
                : DeskPreferences.DARK_THEME;
        preferences.setTheme(next);
        Themes.apply(engine, next);
    }
}
