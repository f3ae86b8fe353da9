package org.samklang.ui.internal.handlers;

import org.samklang.core.api.model.PresenceState;

/** Makes me ready for work: available (org.samklang.command.presence.ready). */
public class SetReadyHandler extends MyStateHandler {

    @Override
    PresenceState state() {
        return PresenceState.AVAILABLE;
    }
}
