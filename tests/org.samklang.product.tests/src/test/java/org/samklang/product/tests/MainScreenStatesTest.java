package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the main screen says about the desk is true, on the real product over the sandbox's start-up backlog: my
 * state is named, calls that are over do not wait, the customer card speaks the desk's language, and a ready agent
 * counts as ready.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainScreenStatesTest {

    private static final String PRESENCE = "org.samklang.ui.part.presence";
    /** A sandbox CRM customer (the CRM is generated from a fixed seed). */
    private static final String KJELL = "+46726754816";
    private static final Set<String> AWAITING_ANSWER = Set.of("New", "Queued", "Offered");
    private static final Pattern WAIT = Pattern.compile("(\\d+) (s|min|h|d)");
    private static final Pattern READY = Pattern.compile("(\\d+) ready");
    private static LiveProduct product;
    private static Desk desk;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> product);

    @BeforeAll
    static void startTheDesk() throws Exception {
        product = LiveProduct.start(Files.createTempDirectory("samklang-main-screen"), List.of(), List.of());
        desk = new Desk(product);
    }

    @AfterAll
    static void stopTheDesk() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void myStateNamesTheStateTheDeskStartsIn() {
        Screen screen = product.waitFor("my state shown", Desk.DATA,
                s -> s.part(PRESENCE).shows("Offline") && !s.part(PRESENCE).all("Combo").isEmpty());

        assertEquals("Offline", screen.part(PRESENCE).all("Combo").get(0).text(),
                "the state combo names the state in force, not nothing");
    }

    @Test
    @Order(2)
    void callsOfTheStartUpBacklogThatAreOverNeverWait() {
        desk.awaitConversations();
        desk.chooseChannel("Phone");
        Screen phones = product.waitFor("the phone rows", Desk.DATA, s -> Desk.list(s).rows().stream()
                .allMatch(r -> r.get(1).equals("☎") && r.get(2).length() > 1));

        for (List<String> row : Desk.list(phones).rows()) {
            if (AWAITING_ANSWER.contains(row.get(5))) {
                assertTrue(seconds(row.get(4)) < 5 * 60, "a call waits longer than a PBX rings: " + row);
            }
        }
    }

    @Test
    @Order(3)
    void theCustomerCardOfAnEnglishDeskHasEnglishLabels() throws Exception {
        product.sandboxCommand("ring " + KJELL);

        Screen card = product.waitFor("Kjell Persson's card with the CRM's fields", Desk.DATA,
                s -> AgentDeskScenarioTest.cardTitle(s).startsWith("Kjell Persson")
                        && s.part(Ids.CUSTOMER).shows("Customer since"));

        String text = String.join("\n", card.part(Ids.CUSTOMER).texts());
        assertFalse(text.contains("Kund sedan") || text.contains("Språk"), "Swedish CRM labels: " + text);
        assertTrue(text.contains("Language"), text);
    }

    @Test
    @Order(4)
    void anAgentWhoGoesReadyCountsAsReadyWhileTheirFirstOfferRings() {
        Input.key("ctrl+shift+r");

        Screen ready = product.waitFor("my state Available", Desk.STEP,
                s -> s.part(PRESENCE).all("Combo").stream().anyMatch(c -> c.text().equals("Available")));
        Screen counted = product.waitFor("a queue counting a ready agent", Desk.STEP,
                s -> readyCounts(s).stream().anyMatch(n -> n > 0));

        assertTrue(readyCounts(counted).stream().anyMatch(n -> n > 0), LiveProduct.describe(ready));
    }

    private static List<Integer> readyCounts(Screen screen) {
        return screen.part(PRESENCE).texts().stream().map(READY::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    /** "42 s", "4 min", "2 h" as seconds (rounded down, as the list shows them). */
    private static long seconds(String waiting) {
        Matcher m = WAIT.matcher(waiting);
        assertTrue(m.find(), "not a waiting time: " + waiting);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> n;
            case "min" -> Duration.ofMinutes(n).toSeconds();
            case "h" -> Duration.ofHours(n).toSeconds();
            default -> Duration.ofDays(n).toSeconds();
        };
    }
}
