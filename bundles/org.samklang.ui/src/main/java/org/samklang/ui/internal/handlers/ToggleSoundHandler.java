package org.samklang.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.samklang.ui.internal.model.DeskPreferences;

/**
 * Turns the notification sound off or on (org.samklang.command.window.sound); the choice is kept across restarts.
 * Unread counts and the offer bar are unaffected.
 */
public class ToggleSoundHandler {

    @Execute
    public void execute() {
        DeskPreferences preferences = DeskPreferences.shared();
        preferences.setSoundOn(!preferences.soundOn());
    }
}
