package org.samklang.core.api.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the model records, so every record reports bad input with the same clear wording. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** An immutable copy that rejects a null list or null elements with the component's name. */
    static <T> List<T> copyOf(List<T> list, String name) {
        notNull(list, name);
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        return List.copyOf(list);
    }

    /** An immutable copy that rejects a null map, null keys or null values with the component's name. */
    static Map<String, String> copyOf(Map<String, String> map, String name) {
        notNull(map, name);
        map.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException(name + " must not contain null keys or values");
            }
        });
        return Map.copyOf(map);
    }
}
