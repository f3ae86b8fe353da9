package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The keyboard map as the cheat sheet lists it, and the rule every binding must follow: no key that an AltGr
 * layout needs for typing. On Windows AltGr is Ctrl+Alt, so Ctrl+Alt+letter or digit would swallow @ £ $ { [ ] }
 * \ ~ | € µ on Nordic keyboards; Shift+digit types a symbol there, so Ctrl+Shift+digit depends on the layout.
 * Pure and thread-safe.
 */
public final class KeyMap {

    /**
     * One line of the cheat sheet.
     *
     * @param category the command's category, e.g. "Conversations"
     * @param command  the command's name, e.g. "Focus the search field"
     * @param keys     the key sequence as the platform writes it, e.g. "Ctrl+K"
     */
    public record Row(String category, String command, String keys) {

        public Row {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(keys, "keys");
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing((Row r) -> r.category().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.command().toLowerCase(Locale.ROOT)).thenComparing(Row::keys);

    private KeyMap() {
    }

    /** {@return the rows grouped by category, then by command name, without duplicates} */
    public static List<Row> sorted(Collection<Row> rows) {
        Set<Row> unique = new LinkedHashSet<>(rows);
        List<Row> list = new ArrayList<>(unique);
        list.sort(ORDER);
        return List.copyOf(list);
    }

    /** {@return the rows whose category, command or keys contain {@code filter} (any case); all for a blank one} */
    public static List<Row> matching(List<Row> rows, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> (r.category() + " " + r.command() + " " + r.keys())
                .toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /**
     * Checks one key sequence in the e4 model's notation ({@code M1+M2+L}, {@code CTRL+ALT+E}; strokes separated by
     * spaces). M1 is Ctrl (Command on macOS), M2 Shift, M3 Alt, M4 Ctrl on macOS.
     *
     * @return why the sequence clashes with typing on an AltGr layout, or empty when it is safe
     */
    public static Optional<String> altGrProblem(String sequence) {
        for (String stroke : sequence.strip().split("\\s+")) {
            List<String> parts = List.of(stroke.toUpperCase(Locale.ROOT).split("\\+"));
            boolean ctrl = parts.contains("M1") || parts.contains("CTRL") || parts.contains("M4");
            boolean alt = parts.contains("M3") || parts.contains("ALT");
            boolean shift = parts.contains("M2") || parts.contains("SHIFT");
            String key = parts.get(parts.size() - 1);
            if (ctrl && alt) {
                return Optional.of(stroke + " is AltGr+" + key + " on Windows (Nordic AltGr types @ £ $ { [ ] } \\ ~ "
                        + "| € µ)");
            }
            if (ctrl && shift && key.length() == 1 && Character.isDigit(key.charAt(0))) {
                return Optional.of(stroke + ": Shift+" + key + " types a symbol on Nordic layouts");
            }
        }
        return Optional.empty();
    }
}
