package org.samklang.ui.internal.reception.model;

import java.util.Optional;
import org.samklang.core.api.model.DeskCall;
import org.samklang.ui.internal.model.Tone;

/**
 * The desk call shown at the top of the reception part: the call a transfer or a message is about.
 *
 * @param call the call, empty when none is at the desk (or no telephony is connected)
 * @param text "☎ +46701234567 · Connected 0:42", or why there is none
 * @param tone {@link Tone#GOOD} while talking, {@link Tone#WARNING} while ringing or consulting, muted without a call
 */
public record CallLine(Optional<DeskCall> call, String text, Tone tone) {

    /** {@return true while a consultative transfer waits for complete or cancel} */
    public boolean consulting() {
        return call.map(c -> c.state() == org.samklang.core.api.model.CallState.CONSULTING).orElse(false);
    }
}
