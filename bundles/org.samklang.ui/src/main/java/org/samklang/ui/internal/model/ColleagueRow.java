package org.samklang.ui.internal.model;

/**
 * One colleague in the presence part.
 *
 * @param personId the directory id
 * @param dot      the state dot ("●")
 * @param tone     the dot's colour class
 * @param name     the cleaned display name
 * @param status   "Meeting → 14:00 (ask Karin)"
 */
public record ColleagueRow(String personId, String dot, Tone tone, String name, String status) {
}
