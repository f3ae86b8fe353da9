package org.samklang.core.internal.plugins;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.samklang.core.api.model.SettingProblem;

/**
 * The form of an instance id: lower-case letters, digits, {@code -} and {@code _} in dot-separated parts, starting
 * with a letter, at most 64 characters ({@code email.support}, {@code crm.fortnox-2}). For a channel it is the channel
 * id every conversation keeps, and it ends up in file names and OSGi filters, hence the small alphabet.
 */
final class InstanceIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

    private InstanceIds() {
    }

    /** {@return why {@code id} is not an instance id, worded in {@code locale}, or empty} */
    static Optional<SettingProblem> problem(String id, Locale locale) {
        if (id == null || id.isBlank()) {
            return Optional.of(new SettingProblem(SettingProblem.INSTANCE_KEY,
                    SettingProblem.Kind.INVALID_INSTANCE_ID, PluginTexts.text(locale, "instance.missing")));
        }
        if (id.length() > 64 || !ID.matcher(id).matches()) {
            return Optional.of(new SettingProblem(SettingProblem.INSTANCE_KEY,
                    SettingProblem.Kind.INVALID_INSTANCE_ID, PluginTexts.text(locale, "instance.invalid", id)));
        }
        return Optional.empty();
    }

    /** {@return the problem of an id another instance has} */
    static SettingProblem taken(String id, Locale locale) {
        return new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.INSTANCE_ID_TAKEN,
                PluginTexts.text(locale, "instance.taken", id));
    }
}
