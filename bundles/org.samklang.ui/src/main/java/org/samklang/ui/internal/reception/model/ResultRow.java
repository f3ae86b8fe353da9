package org.samklang.ui.internal.reception.model;

import org.samklang.ui.internal.model.Tone;

/**
 * One person in the reception results, as the table shows it. Every text is cleaned for display.
 *
 * @param personId   the directory id
 * @param favourite  whether the receptionist pinned this person
 * @param glyph      the state's dot ("●", "◐", "○"); the state's name is in {@code state}, so colour is
 *                   never alone
 * @param tone       the colour class of the state
 * @param name       display name, with "★ " before a favourite
 * @param department department
 * @param state      the public state's name, "On a call"
 * @param reason     the public reason ("Meeting"; a private reason shows as its alias "Unavailable"), or ""
 * @param backAt     the until time, "14:00" or "12 Nov", or ""
 * @param next       the state expected after it, "Available", or ""
 * @param extension  the internal extension, or ""
 */
public record ResultRow(String personId, boolean favourite, String glyph, Tone tone, String name, String department,
        String state, String reason, String backAt, String next, String extension) {

    /** The table's columns, in order. */
    public enum Column {
        GLYPH, NAME, DEPARTMENT, STATE, REASON, BACK_AT, NEXT, EXTENSION
    }

    /** {@return the cell texts in {@link Column} order} */
    public String[] cells() {
        return new String[]{glyph, name, department, state, reason, backAt, next, extension};
    }
}
