package org.samklang.ui.internal.model;

/**
 * What the call bar shows for one call: its state and time, and which controls work now.
 *
 * @param callId       the call the controls act on
 * @param stateText    "Ringing", "On hold", "Consulting 2002"...
 * @param timeText     "0:42": ringing time until answered, then talk time
 * @param tone         how the state is coloured
 * @param answer       Answer is enabled
 * @param hold         Hold is enabled
 * @param resume       Resume is enabled
 * @param transfer     Transfer (with its target and mode) is enabled
 * @param consultation Complete / Cancel transfer are shown and enabled
 * @param hangUp       Hang up is enabled
 * @param wrapUp       the wrap-up code chooser is shown instead of the controls
 */
public record CallBarState(String callId, String stateText, String timeText, Tone tone, boolean answer,
        boolean hold, boolean resume, boolean transfer, boolean consultation, boolean hangUp, boolean wrapUp) {
}
