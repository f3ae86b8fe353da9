package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * One reason why settings were refused, naming the setting: what the Settings view shows beside the field, and what
 * an instance's status shows when settings a file provisioned could not be applied.
 *
 * @param key     the setting's key ({@link SettingDescriptor#key()}), or {@link #INSTANCE_KEY} when the problem is
 *                the instance's id or type rather than one of its settings
 * @param kind    what is wrong, for a view that words it itself
 * @param message a sentence naming the setting by its label, in the locale the problem was checked in, e.g.
 *                "Port: 'abc' is not a whole number"
 */
public record SettingProblem(String key, Kind kind, String message) {

    /** The key of problems with the instance as a whole (its id, its type), not with one setting. */
    public static final String INSTANCE_KEY = "samklang.instance";

    /** What is wrong. */
    public enum Kind {
        /** A required setting has no value (and no default). */
        REQUIRED,
        /** The value does not fit the setting's type or range (not a number, not a URL, not one of the choices). */
        INVALID_VALUE,
        /** No setting of this plugin has this key (a typo in a provisioned file, or a setting a newer version had). */
        UNKNOWN_SETTING,
        /** A secret was given where it would be kept in plain text (a provisioned file); secrets go to secure storage. */
        SECRET_IN_PLAIN_TEXT,
        /** The instance id is not of the form {@code email.support}. */
        INVALID_INSTANCE_ID,
        /** Another instance already has this id. */
        INSTANCE_ID_TAKEN,
        /** No instance has this id. */
        UNKNOWN_INSTANCE,
        /** No installed plugin offers this type (factory PID), or the instance belongs to another type. */
        UNKNOWN_TYPE,
        /** The settings could not be kept: Configuration Admin or secure storage failed; nothing was changed. */
        NOT_SAVED
    }

    public SettingProblem {
        Checks.notBlank(key, "key");
        Checks.notNull(kind, "kind");
        Checks.notBlank(message, "message");
    }
}
