package org.samklang.ui.internal.handlers;

import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceState;

/**
 * Sets my presence from the keyboard; the presence part follows through its subscription. A refused change (a call
 * in progress decides the state) is logged; the presence part shows the effective state either way.
 */
abstract class MyStateHandler {

    private volatile PresenceService presence;

    @Inject
    @Optional
    void bind(@Service PresenceService service) {
        presence = service;
    }

    abstract PresenceState state();

    @Execute
    public void execute() {
        PresenceService service = presence;
        if (service == null) {
            return;
        }
        try {
            service.setMyPresence(PresenceRequest.of(state()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.getLogger(MyStateHandler.class.getName()).log(System.Logger.Level.INFO,
                    "presence change to " + state() + " refused: " + e.getMessage());
        }
    }
}
