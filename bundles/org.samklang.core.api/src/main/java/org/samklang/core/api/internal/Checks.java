package org.samklang.core.api.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks shared by the records of the model ({@code core.api.model}) and of the plugin SPI
 * ({@code core.spi}), so every record reports bad input with the same clear wording: an
 * {@link IllegalArgumentException} naming the component. For those two packages only: the package is exported
 * to its one friend, {@code org.samklang.core.spi} (PDE and Tycho flag any other user), and may change without
 * notice.
 */
public final class Checks {

    private Checks() {
    }

    /** {@return {@code value}}, refusing null. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** {@return {@code value}}, refusing null, empty and whitespace only. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** An immutable copy that rejects a null list or null elements with the component's name. */
    public static <T> List<T> copyOf(List<T> list, String name) {
        notNull(list, name);
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        return List.copyOf(list);
    }

    /** An immutable copy that rejects a null map, null keys or null values with the component's name. */
    public static Map<String, String> copyOf(Map<String, String> map, String name) {
        notNull(map, name);
        map.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException(name + " must not contain null keys or values");
            }
        });
        return Map.copyOf(map);
    }
}
