package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A receptionist at the switchboard, end to end on the sandbox: the product started in the reception perspective
 * ({@code --reception}), a call rung through the sandbox's control directory, the directory searched and the call
 * transferred with the keyboard only, every step checked on screen.
 */
class ReceptionScenarioTest {

    private static final String CALLER = "+46701234567";
    private static LiveProduct product;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> product);

    @BeforeAll
    static void startTheSwitchboard() throws Exception {
        Path home = Files.createTempDirectory("samklang-reception-scenario");
        product = LiveProduct.start(home, List.of(LiveProduct.TRAFFIC_WITHOUT_CALLS), List.of("--reception"));
    }

    @AfterAll
    static void stopTheSwitchboard() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void aReceptionistFindsAPersonByTwoLettersAndTransfersTheCallToTheirSubstitute() {
        // given the reception perspective with the directory listed and a call ringing at the desk
        Screen start = product.waitFor("the reception perspective with people listed", Desk.DATA,
                s -> Ids.RECEPTION_PERSPECTIVE.equals(s.perspective()) && nameCells(s).size() > 1);
        String someone = nameCells(start).get(1);
        String twoLetters = someone.substring(0, 2);
        product.waitFor("the search field focused", Desk.STEP, s -> "Text".equals(s.focus().type())
                && Ids.RECEPTION.equals(s.focusPart()));
        sandboxRing();
        product.waitFor("the ringing call in the call line", Desk.STEP,
                s -> reception(s).shows("Ringing") && reception(s).shows(CALLER.substring(3)));

        // when the receptionist types two letters
        Input.type(twoLetters);
        Screen found = product.waitFor("only people matching '" + twoLetters + "'", Desk.STEP,
                s -> search(s).equals(twoLetters) && !nameCells(s).isEmpty() && results(s).rows().stream()
                        .allMatch(row -> matches(row, twoLetters)));
        assertTrue(nameCells(found).contains(someone), "'" + someone + "' is not among " + nameCells(found));

        // and moves down the results to the first person with a substitute, then to the helpers (keypad 6)
        Screen withSubstitute = firstPersonWithSubstitute();
        String substitute = substituteOf(withSubstitute).orElseThrow();
        Input.key("KP_6");
        product.waitFor("the helpers list focused", Desk.STEP, s -> "Table".equals(s.focus().type())
                && focusedTableShows(s, substitute));
        // and presses Enter: a blind transfer to the highlighted helper, the substitute
        Input.key("Return");

        // then the screen says the call went to the substitute
        Screen done = product.waitFor("'Transferred to " + substitute + ".'", Duration.ofSeconds(20),
                s -> reception(s).shows("Transferred to " + substitute));
        assertTrue(!reception(done).shows("Ringing"), "the call still rings: " + LiveProduct.describe(done));
    }

    private void sandboxRing() {
        try {
            product.sandboxCommand("ring " + CALLER);
        } catch (java.io.IOException e) {
            throw new AssertionError("could not write the sandbox command: " + e, e);
        }
    }

    /** From the best match, steps down the results (Down) until the selected person's helpers include a substitute. */
    private Screen firstPersonWithSubstitute() {
        Screen screen = product.dump();
        for (int i = 0; i < 15; i++) {
            // typing highlights the best match (row 0), so the first person is looked at before any Down
            if (i > 0) {
                Input.key("Down");
            }
            int wanted = i;
            screen = product.waitFor("row " + i + " selected", Desk.STEP, s -> results(s).string("selectionIndex")
                    .equals(wanted + ".0") && reception(s).shows("Who else can help"));
            screen = product.waitFor("the helpers of row " + i, Desk.STEP,
                    s -> substituteOf(s).isPresent() || reception(s).shows("Nobody else is suggested"));
            if (substituteOf(screen).isPresent()) {
                return screen;
            }
        }
        throw new AssertionError("none of the first people has a substitute: " + LiveProduct.describe(screen));
    }

    /** The helper rows are tables whose rows say "Substitute"; the name is the cell before or after it. */
    private static Optional<String> substituteOf(Screen screen) {
        for (Screen.Widget table : reception(screen).all("Table")) {
            for (List<String> row : table.rows()) {
                if (row.contains("Substitute")) {
                    return row.stream().skip(1).filter(c -> !c.equals("Substitute") && c.length() > 2
                            && Character.isLetter(c.charAt(0))).findFirst();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean focusedTableShows(Screen screen, String text) {
        return reception(screen).all("Table").stream().filter(t -> Boolean.TRUE.equals(t.node().get("focus")))
                .anyMatch(t -> t.rows().stream().anyMatch(r -> r.contains(text)));
    }

    private static Screen.Widget reception(Screen screen) {
        return screen.part(Ids.RECEPTION);
    }

    private static String search(Screen screen) {
        return reception(screen).first(w -> w.type().equals("Text") && w.string("hint").contains("Type a name"))
                .map(Screen.Widget::text).orElse("");
    }

    /** The results table is the one with a "Name" column. */
    private static Screen.Widget results(Screen screen) {
        return reception(screen).all("Table").stream().filter(t -> headers(t).contains("Name")).findFirst()
                .orElse(new Screen.Widget(java.util.Map.of()));
    }

    private static List<String> nameCells(Screen screen) {
        Screen.Widget table = results(screen);
        int column = headers(table).indexOf("Name") + 1;
        return column == 0
                ? List.of()
                : table.rows().stream().map(r -> r.get(column))
                        .filter(n -> n.length() > 1 && !n.startsWith("Loading")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> headers(Screen.Widget table) {
        Object headers = table.node().get("headers");
        return headers == null ? List.of() : (List<String>) headers;
    }

    /**
     * A row matches two letters when a word of its name or department starts with them, or its extension does (the
     * directory's search as you type).
     */
    private static boolean matches(List<String> row, String letters) {
        String lower = letters.toLowerCase(Locale.ROOT);
        for (String cell : row.subList(1, row.size())) {
            for (String word : cell.toLowerCase(Locale.ROOT).split("[\\s\\-·&]+")) {
                if (word.startsWith(lower)) {
                    return true;
                }
            }
        }
        return false;
    }
}
