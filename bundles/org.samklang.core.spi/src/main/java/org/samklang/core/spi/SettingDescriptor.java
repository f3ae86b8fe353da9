package org.samklang.core.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.samklang.core.api.internal.Checks;

/**
 * One setting a connector takes, described as data so the desktop can render the form, check the input and keep
 * secrets in secure storage (never in plain files). Immutable; the constructor checks that the description is
 * consistent (a choice has choices, a default fits its type, a secret has no default).
 *
 * @param key          the setting's key, {@code [a-z][A-Za-z0-9._-]*}, at most 64 characters, e.g. {@code host}
 * @param type         what kind of value it is
 * @param label        the form label, e.g. "Server address"
 * @param description  one or two sentences of help shown under the field; may be empty
 * @param defaultValue the value used when the user gives none, in the type's text form; empty for none
 * @param required     whether the connector cannot work without a value (a default counts as a value)
 * @param choices      the allowed values of a {@link Type#CHOICE}; empty for every other type
 * @param min          the smallest allowed {@link Type#NUMBER}, if bounded
 * @param max          the largest allowed {@link Type#NUMBER}, if bounded
 */
public record SettingDescriptor(String key, Type type, String label, String description, String defaultValue,
        boolean required, List<String> choices, Optional<Long> min, Optional<Long> max) {

    /** The kind of value, which decides the widget and the check. */
    public enum Type {
        /** Free single-line text. */
        TEXT,
        /** A password, token or API key: masked in the form, kept in secure storage, never logged. */
        SECRET,
        /** A whole number (port, seconds, count) within {@code min}..{@code max}. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of {@code choices}. */
        CHOICE,
        /** An absolute URL, e.g. {@code https://crm.example.com/api}. */
        URL
    }

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9._-]{0,63}");

    public SettingDescriptor {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key must match [a-z][A-Za-z0-9._-]* (at most 64), got '"
                    + key + "'");
        }
        Checks.notNull(type, "type of setting " + key);
        Checks.notBlank(label, "label of setting " + key);
        Checks.notNull(description, "description of setting " + key);
        Checks.notNull(defaultValue, "default of setting " + key);
        choices = Checks.copyOf(choices, "choices of setting " + key);
        Checks.notNull(min, "min of setting " + key);
        Checks.notNull(max, "max of setting " + key);
        checkShape(key, type, defaultValue, choices, min, max);
        if (!defaultValue.isEmpty()) {
            String problem = problemWith(key, type, defaultValue, choices, min, max);
            if (problem != null) {
                throw new IllegalArgumentException("default of setting " + key + ": " + problem);
            }
        }
    }

    /** A required or optional setting of a type without choices or bounds. */
    public static SettingDescriptor of(String key, Type type, String label, String description,
            String defaultValue, boolean required) {
        return new SettingDescriptor(key, type, label, description, defaultValue, required, List.of(),
                Optional.empty(), Optional.empty());
    }

    /** A whole number between {@code min} and {@code max} inclusive. */
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

    /**
     * {@return why {@code value} is not acceptable for this setting, or empty if it is} A blank value is a
     * problem only for a required setting without a default.
     */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required && defaultValue.isEmpty() ? Optional.of(label + " is required") : Optional.empty();
        }
        return Optional.ofNullable(problemWith(key, type, value.strip(), choices, min, max))
                .map(problem -> label + ": " + problem);
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

    private static String problemWith(String key, Type type, String value, List<String> choices,
            Optional<Long> min, Optional<Long> max) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "must be a single line without control characters";
        }
        return switch (type) {
            case TEXT, SECRET -> value.length() > 4096 ? "longer than 4096 characters" : null;
            case NUMBER -> numberProblem(value, min, max);
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
            case CHOICE -> choices.contains(value) ? null : "must be one of " + choices;
            case URL -> urlProblem(value);
        };
    }

    private static String numberProblem(String value, Optional<Long> min, Optional<Long> max) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return "'" + value + "' is not a whole number";
        }
        if ((min.isPresent() && number < min.get()) || (max.isPresent() && number > max.get())) {
            return number + " is outside " + min.map(String::valueOf).orElse("") + ".."
                    + max.map(String::valueOf).orElse("");
        }
        return null;
    }

    private static String urlProblem(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || (uri.getHost() == null && !scheme.equals("file"))) {
                return "'" + value + "' is not an absolute URL with a host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "'" + value + "' is not a URL (" + e.getReason() + ")";
        }
    }
}
