package org.samklang.ui.internal.reception.model;

import java.util.Objects;

/**
 * One key press as the receptionist's key map sees it, free of any widget toolkit: the part translates its toolkit's
 * key events into this, so the mapping from keys to actions is plain Java and unit-tested.
 *
 * @param key       which key; keypad keys are told apart from the main keys
 * @param character the character typed, for {@link Key#CHARACTER} (0 otherwise)
 * @param ctrl      Ctrl (or Command) held
 * @param alt       Alt held; Ctrl+Alt together is AltGr on many keyboards and never an action
 * @param shift     Shift held
 */
public record KeyPress(Key key, char character, boolean ctrl, boolean alt, boolean shift) {

    /** The keys the reception part tells apart. */
    public enum Key {
        /** A printable character from the main keyboard (letters, digits, punctuation). */
        CHARACTER, BACKSPACE, UP, DOWN, PAGE_UP, PAGE_DOWN, ENTER, ESCAPE, KEYPAD_0, KEYPAD_1, KEYPAD_2, KEYPAD_3, KEYPAD_4, KEYPAD_5, KEYPAD_6, KEYPAD_7, KEYPAD_8, KEYPAD_9, KEYPAD_ADD, KEYPAD_SUBTRACT, KEYPAD_MULTIPLY, KEYPAD_DIVIDE, KEYPAD_DECIMAL, KEYPAD_ENTER, F2, F5, F6, F7, F8, F9,
        /** Any other key: left to the focused widget. */
        OTHER
    }

    public KeyPress {
        Objects.requireNonNull(key, "key");
    }

    /** {@return a key pressed without modifiers} */
    public static KeyPress of(Key key) {
        return new KeyPress(key, '\0', false, false, false);
    }

    /** {@return a printable character typed without modifiers} */
    public static KeyPress typed(char character) {
        return new KeyPress(Key.CHARACTER, character, false, false, false);
    }

    /** {@return a key pressed with Ctrl} */
    public static KeyPress ctrl(Key key, char character) {
        return new KeyPress(key, character, true, false, false);
    }
}
