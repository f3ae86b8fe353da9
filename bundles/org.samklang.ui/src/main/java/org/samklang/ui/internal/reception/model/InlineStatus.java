package org.samklang.ui.internal.reception.model;

import java.util.Objects;
import org.samklang.ui.internal.model.Tone;

/**
 * The one-line outcome shown in the part after an action ("Transferred to Anna Berg.", "Not transferred: busy"),
 * never as a dialog that would steal the keyboard from the receptionist.
 *
 * @param text what happened, in the user's language
 * @param tone how it is shown: {@link Tone#GOOD} done, {@link Tone#ERROR} refused or failed, {@link Tone#MUTED} busy
 */
public record InlineStatus(String text, Tone tone) {

    /** No outcome to show. */
    public static final InlineStatus NONE = new InlineStatus("", Tone.NORMAL);

    public InlineStatus {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }
}
