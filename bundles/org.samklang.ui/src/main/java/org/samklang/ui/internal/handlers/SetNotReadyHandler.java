package org.samklang.ui.internal.handlers;

import org.samklang.core.api.model.PresenceState;

/** Makes me not ready: busy, so routing offers me nothing (org.samklang.command.presence.notReady). */
public class SetNotReadyHandler extends MyStateHandler {

    @Override
    PresenceState state() {
        return PresenceState.BUSY;
    }
}
