package org.samklang.core.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samklang.core.api.model.ConfigurationProblem;
import org.samklang.core.api.model.ConfigurationProblem.Kind;
import org.samklang.core.api.model.MediaType;

/**
 * A JSON node with its path, so every complaint about the configuration says where ({@code queues[1].media}) and
 * what was expected. Unknown field names are errors: a misspelt setting must not be silently ignored.
 */
record ConfigNode(JsonNode json, String path) {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    ConfigNode field(String name) {
        return new ConfigNode(json.path(name), path.isEmpty() ? name : path + "." + name);
    }

    boolean present() {
        return !json.isMissingNode() && !json.isNull();
    }

    void allowOnly(Set<String> names) throws RoutingConfigException {
        requireObject();
        for (var it = json.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!names.contains(name)) {
                String known = String.join(", ", names.stream().sorted().toList());
                throw problem(Kind.UNKNOWN_SETTING, "unknown setting '" + name + "' (known: " + known + ")", name,
                        known);
            }
        }
    }

    void requireObject() throws RoutingConfigException {
        if (!json.isObject()) {
            throw problem(Kind.NOT_OBJECT, "must be an object {...}");
        }
    }

    List<ConfigNode> elements() throws RoutingConfigException {
        if (!json.isArray()) {
            throw problem(Kind.NOT_LIST, "must be a list [...]");
        }
        List<ConfigNode> nodes = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            nodes.add(new ConfigNode(json.get(i), path + "[" + i + "]"));
        }
        return nodes;
    }

    List<String> fieldNames() throws RoutingConfigException {
        requireObject();
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    String text() throws RoutingConfigException {
        if (!json.isTextual() || json.asText().isBlank()) {
            throw problem(Kind.NOT_TEXT, "must be a non-empty text");
        }
        return json.asText().strip();
    }

    List<String> texts() throws RoutingConfigException {
        List<String> values = new ArrayList<>();
        for (ConfigNode element : elements()) {
            values.add(element.text());
        }
        return values;
    }

    int integer(int min, int max) throws RoutingConfigException {
        if (!json.isIntegralNumber() || json.asLong() < min || json.asLong() > max) {
            throw problem(Kind.NOT_WHOLE_NUMBER, "must be a whole number from " + min + " to " + max,
                    Integer.toString(min), Integer.toString(max));
        }
        return json.asInt();
    }

    MediaType media() throws RoutingConfigException {
        return mediaNamed(text());
    }

    /** The media type this node is the value of, e.g. {@code "voice"} in {@code "capacity": {"voice": 1}}. */
    MediaType mediaKey(String key) throws RoutingConfigException {
        return mediaNamed(key);
    }

    private MediaType mediaNamed(String value) throws RoutingConfigException {
        try {
            return MediaType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(Kind.NOT_MEDIA, "must be one of voice, email, chat, social; was '" + value + "'", value);
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 24h}, {@code 2d}, {@code 500ms} or ISO-8601 {@code PT1M30S}; positive. */
    Duration duration() throws RoutingConfigException {
        String value = text();
        Duration parsed = parseDuration(value);
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw problem(Kind.NOT_DURATION,
                    "must be a positive duration like 90s, 5m, 24h or PT1M30S; was '" + value + "'", value);
        }
        return parsed;
    }

    /** {@return the problem of this node: {@code kind} with {@code values} for the desktop, {@code what} for the log} */
    RoutingConfigException problem(Kind kind, String what, String... values) {
        return new RoutingConfigException(ConfigurationProblem.of(kind, path, values),
                (path.isEmpty() ? "the file" : path) + " " + what);
    }

    private static Duration parseDuration(String value) {
        Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
