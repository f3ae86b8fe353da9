package org.samklang.ui.internal.reception.model;

import org.samklang.core.api.model.Person;
import org.samklang.ui.internal.model.Tone;

/**
 * One colleague in "who else can help", with their live state.
 *
 * @param person    the colleague (a transfer or message target)
 * @param glyph     the state's dot
 * @param tone      the state's colour class
 * @param name      cleaned display name
 * @param status    "Available" or "Meeting → 14:00"
 * @param relation  why suggested: "Substitute", "Via Karin Berg", "Same group: Växel"
 * @param extension the extension, or ""
 */
public record HelperRow(Person person, String glyph, Tone tone, String name, String status, String relation,
        String extension) {

    /** {@return the cell texts: glyph, name, status, relation, extension} */
    public String[] cells() {
        return new String[]{glyph, name, status, relation, extension};
    }
}
