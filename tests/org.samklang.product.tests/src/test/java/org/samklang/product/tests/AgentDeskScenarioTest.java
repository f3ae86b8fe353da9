package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An agent at the desk, end to end on the sandbox: the real product on a fresh data directory, driven with real X
 * key presses, checked by what its window shows. One product start serves every scenario here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDeskScenarioTest {

    private static final List<String> SENT_STATES = List.of("Sent", "Delivered", "Read");
    /** A customer of the sandbox CRM and his number (see the sandbox README). */
    private static final String KNOWN_CALLER = "Kjell Persson";
    private static final String KNOWN_CALLER_NUMBER = "+46726754816";
    private static LiveProduct product;
    private static Desk desk;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> product);

    @BeforeAll
    static void startTheDesk() throws Exception {
        Path home = Files.createTempDirectory("samklang-agent-scenario");
        product = LiveProduct.start(home, List.of(), List.of());
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
    void anAgentAnswersAnEmailAndTheReplyAppearsInTheTimelineWithItsDeliveryState() {
        // given the desk shows its conversations
        desk.awaitConversations();
        // when the agent picks the first e-mail by keyboard and writes a reply in the composer
        desk.chooseChannel("Email");
        Screen opened = desk.openRow("✉", 0);
        Screen.Widget composer = composer(opened);
        assertTrue(composer.enabled(), "the composer is disabled: " + composer.node());
        Input.click(composer.centre());
        product.waitFor("the cursor in the composer", Desk.STEP,
                s -> Ids.THREAD.equals(s.focusPart()) && "Text".equals(s.focus().type()));
        String reply = "Thanks for writing, a replacement is on its way. Ref " + Long.toString(System.nanoTime(), 36);
        Input.type(reply);
        product.waitFor("the typed reply in the composer", Desk.STEP, s -> composer(s).text().equals(reply));
        Input.key("ctrl+Return");

        // then the reply is in the timeline under a "Reply" heading that says it was sent, and the composer is empty
        Screen sent = product.waitFor("the reply in the timeline, sent", Duration.ofSeconds(30),
                s -> deliveryStateOf(s, reply).filter(SENT_STATES::contains).isPresent());
        assertTrue(timeline(sent).contains(reply), timeline(sent));
        assertEquals("", composer(sent).text(), "the composer still holds the sent text");
    }

    @Test
    @Order(2)
    void aCallRingsAndTheCustomerContextPops() throws Exception {
        // given a caller the CRM knows (the sandbox's CRM is generated from a fixed seed; its README names him).
        // Earlier calls are no help here: the PBX's log files them as ended, so the list may show no phone row.
        desk.awaitConversations();
        // and the agent has moved on to an e-mail of someone else
        desk.chooseChannel("Email");
        Screen email = product.waitFor("e-mail rows", Desk.DATA, s -> Desk.list(s).rows().stream()
                .anyMatch(r -> r.get(1).equals("✉") && r.get(2).length() > 1 && !r.get(2).equals(KNOWN_CALLER)));
        int other = Desk.list(email).rows().stream().filter(r -> !r.get(2).equals(KNOWN_CALLER))
                .mapToInt(r -> Integer.parseInt(r.get(0))).findFirst().orElseThrow();
        desk.openRow("✉", other);
        product.waitFor("someone else's card", Desk.STEP,
                s -> !cardTitle(s).isEmpty() && !cardTitle(s).equals(KNOWN_CALLER));

        // when the desk phone rings with that caller
        product.sandboxCommand("ring " + KNOWN_CALLER_NUMBER);

        // then the call's conversation is selected: the card names the customer and the call shows as ringing
        Screen popped = product.waitFor("the card of " + KNOWN_CALLER + " and a ringing call", Duration.ofSeconds(20),
                s -> cardTitle(s).equals(KNOWN_CALLER) && s.part(Ids.THREAD).shows(KNOWN_CALLER)
                        && s.part(Ids.THREAD).texts().stream().anyMatch(t -> t.toLowerCase().contains("ringing")));
        assertTrue(popped.part(Ids.THREAD).shows("Phone"), LiveProduct.describe(popped));
    }

    /** {@return the customer card's title: the first line of the card, the customer region's first text} */
    static String cardTitle(Screen screen) {
        return screen.part(Ids.CUSTOMER).all("StyledText").stream().map(Screen.Widget::text).findFirst()
                .map(card -> card.lines().findFirst().orElse("")).orElse("");
    }

    /** {@return the delivery state in the heading of the timeline entry whose body holds the text} */
    static Optional<String> deliveryStateOf(Screen screen, String body) {
        return Arrays.stream(timeline(screen).split("\n\n")).filter(entry -> entry.contains(body)).findFirst()
                .map(entry -> entry.lines().findFirst().orElse(""))
                .filter(heading -> heading.contains(" · Reply · "))
                .map(heading -> heading.substring(heading.lastIndexOf(" · ") + 3).strip());
    }

    static String timeline(Screen screen) {
        return screen.part(Ids.THREAD).all("StyledText").stream().map(Screen.Widget::text).findFirst().orElse("");
    }

    static Screen.Widget composer(Screen screen) {
        return screen.part(Ids.THREAD).first(w -> w.type().equals("Text") && w.string("hint").contains("reply"))
                .orElseThrow(() -> new AssertionError("no composer on screen:\n" + LiveProduct.describe(screen)));
    }
}
