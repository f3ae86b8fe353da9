package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first minutes of a new agent (issue 9, item 8): the window uses the screen, the list is readable, the empty
 * conversation region says why no work comes and which keys change that, and an offer does not push the list away
 * from under the mouse. The real product on a fresh data directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTest {

    /** Wide enough for a first and last name such as "Margareta Söderberg" at the desk's font. */
    private static final int READABLE_COLUMN = 120;
    private static LiveProduct product;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> product);

    @BeforeAll
    static void startANewDesk() throws Exception {
        Path home = Files.createTempDirectory("samklang-first-start");
        // The sandbox office keeps Nordic hours; put it where it is midday now, so colleagues and queues are live
        // whenever this runs.
        int hours = Math.floorMod(12 - LocalTime.now(ZoneOffset.UTC).getHour() + 12, 24) - 12;
        String zone = ZoneOffset.ofHours(Math.max(-12, Math.min(14, hours))).getId();
        // No calls: a ringing call pops its conversation over the empty region this test reads.
        product = LiveProduct.start(home,
                List.of("-Dsamklang.sandbox.officeZone=" + zone, LiveProduct.TRAFFIC_WITHOUT_CALLS), List.of());
    }

    @AfterAll
    static void stopTheDesk() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void theWindowOpensOverTheScreen() {
        Screen screen = product.waitFor("the window", Desk.STEP, s -> s.windowBounds()[2] > 0);

        int[] window = screen.windowBounds();
        int[] area = screen.screenArea();
        assertTrue(window[2] >= area[2] * 95 / 100 && window[3] >= area[3] * 90 / 100,
                "the window " + Arrays.toString(window) + " leaves much of the screen " + Arrays.toString(area)
                        + " unused");
    }

    @Test
    @Order(2)
    void theListShowsCustomerAndSubjectReadably() {
        Screen screen = product.waitFor("rows in the list", Desk.DATA, s -> !Desk.list(s).rows().isEmpty());

        List<Integer> widths = Desk.list(screen).columnWidths();
        List<String> headers = headers(screen);
        int customer = widths.get(headers.indexOf("Customer"));
        int subject = widths.get(headers.indexOf("Subject"));
        assertTrue(customer >= READABLE_COLUMN && subject >= READABLE_COLUMN,
                "customer " + customer + " px and subject " + subject + " px show only a few letters");
        // The sandbox signs in its own agent, so a new desk on it starts without asking who works there.
        assertFalse(screen.dialogs().containsKey("Who works at this desk?"), "asked: " + screen.dialogs().keySet());
    }

    @Test
    @Order(3)
    void everyQueueShowsWholeBesideTheColleagues() {
        Screen screen = product.waitFor("four queues", Desk.DATA, s -> readyLines(s).size() == 4);

        Screen.Widget presence = screen.part(Ids.PRESENCE);
        int colleaguesAt = presence.first(w -> "Colleagues".equals(w.text())).orElseThrow().bounds()[0];
        int[] part = presence.bounds();
        for (Screen.Widget line : readyLines(screen)) {
            int[] b = line.bounds();
            assertTrue(b[0] + b[2] <= colleaguesAt && b[1] + b[3] <= part[1] + part[3],
                    "the queue line '" + line.text() + "' at " + Arrays.toString(b) + " is cut (colleagues at x "
                            + colleaguesAt + ", region " + Arrays.toString(part) + ")");
        }
    }

    @Test
    @Order(4)
    void aNewAgentIsToldTheyAreOfflineWhichKeyMakesThemReadyAndWhichKeyListsEveryKey() {
        Screen screen = product.waitFor("the guide in the empty conversation region", Desk.STEP,
                s -> s.part(Ids.THREAD).shows("no work is offered to you"));

        Screen.Widget thread = screen.part(Ids.THREAD);
        assertTrue(thread.shows("You are Offline"), String.join(" | ", thread.texts()));
        assertTrue(thread.shows("to go Ready"), String.join(" | ", thread.texts()));
        assertTrue(thread.shows("F1 lists every key."), String.join(" | ", thread.texts()));
    }

    @Test
    @Order(5)
    void goingReadyChangesTheGuide_andAnOfferAppearsBelowTheListWithoutMovingIt() {
        int[] before = Desk.list(product.dump()).bounds();

        Input.key("ctrl+shift+r");
        product.waitFor("the guide saying work is offered", Desk.STEP,
                s -> s.part(Ids.THREAD).shows("You are Available"));
        Screen offered = product.waitFor("an offer", Desk.DATA,
                s -> s.part(Ids.CONVERSATIONS).first(w -> "Button".equals(w.type()) && "Accept".equals(w.text()))
                        .isPresent());

        int[] list = Desk.list(offered).bounds();
        int[] accept = offered.part(Ids.CONVERSATIONS)
                .first(w -> "Button".equals(w.type()) && "Accept".equals(w.text())).orElseThrow().bounds();
        assertEquals(before[1], list[1], "the list moved down when the offer appeared: " + Arrays.toString(before)
                + " -> " + Arrays.toString(list));
        assertTrue(accept[1] > list[1] + list[3] - 1, "the offer is not below the list: accept at "
                + Arrays.toString(accept) + ", list " + Arrays.toString(list));
    }

    /** The queue cards' "n ready" lines. */
    private static List<Screen.Widget> readyLines(Screen screen) {
        return screen.part(Ids.PRESENCE).all("Label").stream().filter(w -> w.text().endsWith(" ready")).toList();
    }

    private static List<String> headers(Screen screen) {
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) Desk.list(screen).node().get("headers");
        return headers;
    }
}
