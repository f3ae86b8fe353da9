package org.samklang.core.api.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.samklang.core.api.model.SettingDescriptor.Type;

/** The value checks of {@link SettingDescriptor}, by type; every problem is worded with the setting's label. */
final class SettingValues {

    private SettingValues() {
    }

    /** {@return the problem with a non-blank {@code value} of this setting, or empty} */
    static Optional<SettingProblem> problem(String key, Type type, String label, String value, List<String> choices,
            Optional<Long> min, Optional<Long> max, Locale locale) {
        String stripped = value.strip();
        String wording = switch (type) {
            case TEXT, SECRET -> lineProblem(label, stripped, locale);
            case MULTILINE_TEXT -> textProblem(label, value, locale);
            case NUMBER -> numberProblem(label, stripped, min, max, locale);
            case BOOLEAN -> stripped.equalsIgnoreCase("true") || stripped.equalsIgnoreCase("false")
                    ? null
                    : SettingTexts.text(locale, "notABoolean", label);
            case CHOICE -> choices.contains(stripped)
                    ? null
                    : SettingTexts.text(locale, "notAChoice", label, stripped, String.join(", ", choices));
            case URL -> urlProblem(label, stripped, locale);
            case LIST -> listProblem(label, value, locale);
        };
        return Optional.ofNullable(wording)
                .map(message -> new SettingProblem(key, SettingProblem.Kind.INVALID_VALUE, message));
    }

    private static String lineProblem(String label, String value, Locale locale) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            return SettingTexts.text(locale, "notOneLine", label);
        }
        return value.length() > SettingDescriptor.MAX_LINE
                ? SettingTexts.text(locale, "tooLong", label, SettingDescriptor.MAX_LINE)
                : null;
    }

    private static String textProblem(String label, String value, Locale locale) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return SettingTexts.text(locale, "controlCharacters", label);
        }
        return value.length() > SettingDescriptor.MAX_TEXT
                ? SettingTexts.text(locale, "tooLong", label, SettingDescriptor.MAX_TEXT)
                : null;
    }

    private static String listProblem(String label, String value, Locale locale) {
        List<String> entries = SettingDescriptor.entries(value);
        if (entries.size() > SettingDescriptor.MAX_ENTRIES) {
            return SettingTexts.text(locale, "tooManyItems", label, SettingDescriptor.MAX_ENTRIES);
        }
        return entries.stream().map(entry -> lineProblem(label, entry, locale)).filter(p -> p != null).findFirst()
                .orElse(null);
    }

    private static String numberProblem(String label, String value, Optional<Long> min, Optional<Long> max,
            Locale locale) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return SettingTexts.text(locale, "notANumber", label, value);
        }
        boolean tooSmall = min.isPresent() && number < min.get();
        boolean tooLarge = max.isPresent() && number > max.get();
        if ((tooSmall || tooLarge) && min.isPresent() && max.isPresent()) {
            return SettingTexts.text(locale, "outOfRange", label, Long.toString(number),
                    Long.toString(min.get()), Long.toString(max.get()));
        }
        if (tooSmall) {
            return SettingTexts.text(locale, "tooSmall", label, Long.toString(number),
                    Long.toString(min.get()));
        }
        return tooLarge
                ? SettingTexts.text(locale, "tooLarge", label, Long.toString(number),
                        Long.toString(max.get()))
                : null;
    }

    private static String urlProblem(String label, String value, Locale locale) {
        String line = lineProblem(label, value, locale);
        if (line != null) {
            return line;
        }
        return SettingDescriptor.isAbsoluteUrl(value) ? null : SettingTexts.text(locale, "notAUrl", label, value);
    }
}
