package org.samklang.core.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the SPI records, so a plugin bug is reported with the component's name. */
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

    static <T> List<T> copyOf(List<T> list, String name) {
        notNull(list, name);
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        return List.copyOf(list);
    }

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
