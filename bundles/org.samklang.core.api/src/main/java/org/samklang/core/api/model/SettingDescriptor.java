package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a plugin takes, described as data: the Settings view renders its field from it, and the core checks a
 * value against it before the value is saved or handed to the plugin, so a plugin never sees a value its own
 * descriptor refuses. Immutable; the constructor checks that the description is consistent (a choice has choices, a
 * default fits its type, a secret has no default) and throws {@link IllegalArgumentException} for a plugin's
 * programming error.
 * <p>
 * Every value travels as text: a number in decimal, a flag as {@code true} or {@code false}, a {@link Type#LIST} as
 * its entries one per line. Labels and descriptions are in the locale the plugin was asked for.
 *
 * @param key          the setting's key, {@code [a-z][A-Za-z0-9._-]*}, at most 64 characters, e.g. {@code host};
 *                     keys starting with {@code samklang.} are the desk's own and not allowed
 * @param type         what kind of value it is
 * @param label        the field's label, e.g. "Server address"
 * @param description  one or two sentences of help shown under the field; may be empty
 * @param defaultValue the value used when the user gives none, in the type's text form; empty for none
 * @param required     whether the plugin cannot work without a value (a default counts as a value)
 * @param choices      the allowed values of a {@link Type#CHOICE}; empty for every other type
 * @param min          the smallest allowed {@link Type#NUMBER}, if bounded
 * @param max          the largest allowed {@link Type#NUMBER}, if bounded
 */
public record SettingDescriptor(String key, Type type, String label, String description, String defaultValue,
        boolean required, List<String> choices, Optional<Long> min, Optional<Long> max) {

    /** The kind of value, which decides the field and the check. */
    public enum Type {
        /** Free text on one line, at most 4,096 characters. */
        TEXT,
        /** Free text over several lines (a signature, a certificate), at most 65,536 characters; tabs allowed. */
        MULTILINE_TEXT,
        /**
         * A password, token or API key: masked in the form, kept only in secure storage, never in a configuration
         * file, the store or the log, and never shown again (the view learns only whether one is set).
         */
        SECRET,
        /** A whole number (port, seconds, count) within {@code min}..{@code max}. */
        NUMBER,
        /** {@code true} or {@code false} (any letter case). */
        BOOLEAN,
        /** One of {@code choices}. */
        CHOICE,
        /** An absolute URL with a host, e.g. {@code https://crm.example.com/api} ({@code file:} URLs need none). */
        URL,
        /**
         * Several one-line entries (mail folders, queue names), one per line, at most 1,000 of 4,096 characters
         * each; blank lines are dropped.
         */
        LIST
    }

    /** The longest {@link Type#TEXT}, {@link Type#SECRET}, {@link Type#URL} or {@link Type#LIST} entry. */
    public static final int MAX_LINE = 4096;
    /** The longest {@link Type#MULTILINE_TEXT}. */
    public static final int MAX_TEXT = 65_536;
    /** The most entries of a {@link Type#LIST}. */
    public static final int MAX_ENTRIES = 1000;

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9._-]{0,63}");

    public SettingDescriptor {
        if (key == null || !KEY.matcher(key).matches() || key.startsWith("samklang.")) {
            throw new IllegalArgumentException("setting key must match [a-z][A-Za-z0-9._-]* (at most 64) and not"
                    + " start with 'samklang.', got '" + key + "'");
        }
        Checks.notNull(type, "type of setting " + key);
        Checks.notBlank(label, "label of setting " + key);
        Checks.notNull(description, "description of setting " + key);
        Checks.notNull(defaultValue, "default of setting " + key);
        choices = Checks.copyOf(choices, "choices of setting " + key);
        Checks.notNull(min, "min of setting " + key);
        Checks.notNull(max, "max of setting " + key);
        checkShape(key, type, defaultValue, choices, min, max);
        if (!defaultValue.isBlank()) {
            Optional<SettingProblem> problem = SettingValues.problem(key, type, label, defaultValue, choices, min,
                    max, Locale.ENGLISH);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("default of setting " + key + ": " + problem.get().message());
            }
        }
    }

    /** A required or optional setting of a type without choices or bounds. */
    public static SettingDescriptor of(String key, Type type, String label, String description,
            String defaultValue, boolean required) {
        return new SettingDescriptor(key, type, label, description, defaultValue, required, List.of(),
                Optional.empty(), Optional.empty());
    }

    /** A whole number between {@code min} and {@code max} inclusive, defaulting to {@code defaultValue}. */
    public static SettingDescriptor number(String key, String label, String description, long defaultValue,
            long min, long max) {
        return new SettingDescriptor(key, Type.NUMBER, label, description, Long.toString(defaultValue), true,
                List.of(), Optional.of(min), Optional.of(max));
    }

    /** One of {@code choices}, defaulting to {@code defaultValue}. */
    public static SettingDescriptor choice(String key, String label, String description, String defaultValue,
            List<String> choices) {
        return new SettingDescriptor(key, Type.CHOICE, label, description, defaultValue, true, choices,
                Optional.empty(), Optional.empty());
    }

    /** Whether the value is a secret, kept in secure storage only. */
    public boolean isSecret() {
        return type == Type.SECRET;
    }

    /**
     * {@return why {@code value} is not acceptable for this setting, worded in {@code locale}, or empty if it is}
     * A blank value is a problem only for a required setting without a default.
     */
    public Optional<SettingProblem> problemWith(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return required && defaultValue.isBlank()
                    ? Optional.of(new SettingProblem(key, SettingProblem.Kind.REQUIRED,
                            SettingTexts.text(locale, "required", label)))
                    : Optional.empty();
        }
        return SettingValues.problem(key, type, label, value, choices, min, max, locale);
    }

    /**
     * {@return {@code value} as the plugin receives it} Stripped; a flag in lower case; a list's entries stripped,
     * blank ones dropped, one per line; the default for a blank value. Only for a value {@link #problemWith} accepts.
     */
    public String normalized(String value) {
        if (value == null || value.isBlank()) {
            return defaultValue.strip();
        }
        return switch (type) {
            case MULTILINE_TEXT -> value;
            case BOOLEAN -> value.strip().toLowerCase(Locale.ROOT);
            case LIST -> String.join("\n", entries(value));
            default -> value.strip();
        };
    }

    /** {@return the entries of a {@link Type#LIST} value: its lines, stripped, without blank ones} */
    public static List<String> entries(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split("\r\n|\r|\n")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
    }

    private static void checkShape(String key, Type type, String defaultValue, List<String> choices,
            Optional<Long> min, Optional<Long> max) {
        if ((type == Type.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("setting " + key + ": choices are required for CHOICE and only"
                    + " allowed there");
        }
        if (type != Type.NUMBER && (min.isPresent() || max.isPresent())) {
            throw new IllegalArgumentException("setting " + key + ": min and max are only allowed for NUMBER");
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw new IllegalArgumentException("setting " + key + ": min " + min.get() + " > max " + max.get());
        }
        if (type == Type.SECRET && !defaultValue.isEmpty()) {
            throw new IllegalArgumentException("setting " + key + ": a secret must not have a default value");
        }
    }

    /** The URL check, shared with {@link SettingValues}. */
    static boolean isAbsoluteUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (uri.getHost() != null || scheme.equals("file"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
