package org.samklang.ui.internal.model;

import java.util.Objects;

/**
 * One queue in the queue strip, as texts.
 *
 * @param queueId      the queue's id, to keep widgets stable across updates
 * @param title        "☎ Phone support"
 * @param waiting      "3 waiting · longest 0:42"
 * @param serviceLevel "SL 87% (target 80%)" or "SL – (target 80%)"
 * @param ready        "2 ready"
 * @param tooltip      variant, ASA, AHT, first response and time of the figures, one per line
 * @param serviceLevelTone {@link Tone#GOOD} at or above target, {@link Tone#WARNING} up to ten points below,
 *                     {@link Tone#ERROR} further below, {@link Tone#MUTED} when there is nothing to measure yet
 */
public record QueueBlock(String queueId, String title, String waiting, String serviceLevel, String ready,
        String tooltip, Tone serviceLevelTone) {

    public QueueBlock {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(serviceLevelTone, "serviceLevelTone");
    }
}
