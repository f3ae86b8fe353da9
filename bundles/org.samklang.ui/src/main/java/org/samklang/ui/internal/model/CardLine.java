package org.samklang.ui.internal.model;

import java.util.Objects;

/**
 * One line of a customer-card block.
 *
 * @param text the cleaned text
 * @param tone how to show it
 */
public record CardLine(String text, Tone tone) {

    public CardLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }

    static CardLine normal(String text) {
        return new CardLine(text, Tone.NORMAL);
    }
}
