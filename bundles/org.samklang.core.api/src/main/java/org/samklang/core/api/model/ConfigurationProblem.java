package org.samklang.core.api.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * Why a desk setting file (the routing settings) could not be applied, as a code, the setting it is about and its
 * data, so the desktop words it in the user's language. It travels as the {@link ConnectorStatus#reason()} of a
 * {@link ConnectorStatus.Role#CONFIGURATION} status ({@link #toCoded()}, read back by {@link #fromCoded(String)}).
 * Immutable.
 *
 * @param kind    what is wrong
 * @param setting where in the file, as a path such as {@code queues[1].media}; empty for the file as a whole
 * @param values  the kind's data, in the order its constant documents, as text
 */
public record ConfigurationProblem(Kind kind, String setting, List<String> values) {

    private static final String PREFIX = "configuration:";

    /** What is wrong; each constant names its {@link #values()}. */
    public enum Kind {

        /** The file is larger than a setting file can be. No values. */
        TOO_LARGE(0),
        /** The file could not be read. Values: the system's error. */
        UNREADABLE(1),
        /** The file is not JSON. Values: line, column. */
        NOT_JSON(2),
        /** The file is empty. No values. */
        EMPTY(0),
        /** A setting name that is not known there. Values: the name, the known names (comma-separated). */
        UNKNOWN_SETTING(2),
        /** Must be an object. No values. */
        NOT_OBJECT(0),
        /** Must be a list. No values. */
        NOT_LIST(0),
        /** Must be a non-empty text. No values. */
        NOT_TEXT(0),
        /** Must be a whole number in a range. Values: the lowest, the highest. */
        NOT_WHOLE_NUMBER(2),
        /** Must name a media type. Values: what it named. */
        NOT_MEDIA(1),
        /** Must be a positive duration. Values: what was written. */
        NOT_DURATION(1),
        /** A list of queues that names none. No values. */
        NO_QUEUES(0),
        /** An overflow step that goes nowhere the desk knows. Values: what was written. */
        NOT_OVERFLOW_TARGET(1),
        /**
         * The routing model refused the settings as a whole (a queue id used twice, an unknown queue named). Values:
         * the model's own description, in English.
         */
        RULE_BROKEN(1);

        private final int valueCount;

        Kind(int valueCount) {
            this.valueCount = valueCount;
        }
    }

    public ConfigurationProblem {
        Checks.notNull(kind, "kind");
        Checks.notNull(setting, "setting");
        values = Checks.copyOf(values, "values");
        if (values.size() != kind.valueCount) {
            throw new IllegalArgumentException(kind + " takes " + kind.valueCount + " values, got " + values.size());
        }
    }

    public static ConfigurationProblem of(Kind kind, String setting, String... values) {
        return new ConfigurationProblem(kind, setting, List.of(values));
    }

    /** {@return the problem as one line of text, read back by {@link #fromCoded(String)}} */
    public String toCoded() {
        List<String> parts = new ArrayList<>();
        parts.add(kind.name());
        parts.add(setting);
        parts.addAll(values);
        return PREFIX + String.join(" ",
                parts.stream().map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8)).toList());
    }

    /** {@return the problem {@code coded} holds; empty for any other text or a code this version does not know} */
    public static Optional<ConfigurationProblem> fromCoded(String coded) {
        if (coded == null || !coded.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            List<String> parts = Arrays.stream(coded.substring(PREFIX.length()).split(" ", -1))
                    .map(part -> URLDecoder.decode(part, StandardCharsets.UTF_8)).toList();
            return Optional.of(new ConfigurationProblem(Kind.valueOf(parts.get(0)), parts.get(1),
                    parts.subList(2, parts.size())));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
