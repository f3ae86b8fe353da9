package org.samklang.ui.internal.settings.model;

/**
 * What the form will do with a stored secret on Save. The form never holds a stored secret's value: it learns only
 * whether one is set, and sends a secret only when the user typed a new one or asked to clear it.
 */
public enum SecretEdit {
    /** Left out of the edit: the stored value (or none) stays. */
    KEEP,
    /** The user typed a new value, which replaces the stored one. */
    REPLACE,
    /** Sent as empty: the stored value is deleted. */
    CLEAR
}
