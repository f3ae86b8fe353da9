package org.samklang.ui.internal.reception.model;

/** What the receptionist is doing, which decides what some keys mean. */
public enum ReceptionMode {
    /** Looking people up; Enter transfers the call to the highlighted person. */
    BROWSING,
    /** A consultative transfer is ringing the target; Enter completes it, keypad comma cancels it. */
    CONSULTING,
    /** The take-a-message form is open; keys type into it, Ctrl+Enter sends, Escape closes. */
    MESSAGE_FORM
}
