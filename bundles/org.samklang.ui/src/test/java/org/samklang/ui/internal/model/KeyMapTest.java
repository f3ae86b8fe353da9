package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    @Test
    void rowsAreGroupedByCategoryThenCommand_withoutDuplicates() {
        KeyMap.Row search = new KeyMap.Row("Conversations", "Search", "Ctrl+K");
        KeyMap.Row list = new KeyMap.Row("Conversations", "Go to the list", "Ctrl+L");
        KeyMap.Row theme = new KeyMap.Row("Appearance", "Switch theme", "Ctrl+Shift+T");

        assertEquals(List.of(theme, list, search), KeyMap.sorted(List.of(search, list, theme, search)));
    }

    @Test
    void filteringMatchesAnyColumnInAnyCase() {
        List<KeyMap.Row> rows = List.of(new KeyMap.Row("Calls", "Answer", "Ctrl+Shift+Enter"),
                new KeyMap.Row("Window", "Theme", "Ctrl+Shift+T"));

        assertEquals(1, KeyMap.matching(rows, "ANSWER").size());
        assertEquals(1, KeyMap.matching(rows, "shift+t").size());
        assertEquals(2, KeyMap.matching(rows, "  ").size());
    }

    @Test
    void ctrlAltLettersAndCtrlShiftDigitsAreRefused_ctrlShiftLettersAndFunctionKeysPass() {
        assertTrue(KeyMap.altGrProblem("M1+M3+E").isPresent(), "AltGr+E is the euro sign");
        assertTrue(KeyMap.altGrProblem("CTRL+ALT+2").isPresent(), "AltGr+2 is @");
        assertTrue(KeyMap.altGrProblem("M1+M2+7").isPresent(), "Shift+7 is / on Nordic layouts");
        assertTrue(KeyMap.altGrProblem("M1+K M1+M3+M").isPresent(), "every stroke of a sequence counts");
        assertEquals(Optional.empty(), KeyMap.altGrProblem("M1+M2+L"));
        assertEquals(Optional.empty(), KeyMap.altGrProblem("M1+1"));
        assertEquals(Optional.empty(), KeyMap.altGrProblem("F1"));
        assertEquals(Optional.empty(), KeyMap.altGrProblem("M1+ENTER"));
    }

    /** Every binding the application model ships is AltGr-safe (this reads the real Application.e4xmi). */
    @Test
    void everyShippedBindingIsAltGrSafe() throws Exception {
        Path model = Path.of("").toAbsolutePath().resolveSibling("org.samklang.app").resolve("Application.e4xmi");
        String xml = Files.readString(model);
        Matcher sequences = Pattern.compile("keySequence=\"([^\"]+)\"").matcher(xml);
        List<String> problems = new ArrayList<>();
        int count = 0;
        while (sequences.find()) {
            count++;
            KeyMap.altGrProblem(sequences.group(1)).ifPresent(problems::add);
        }
        assertTrue(count >= 15, "the model binds the workbench's actions, found " + count);
        assertEquals(List.of(), problems);
    }
}
