package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A desk without the sandbox (issue 10, items 2 and 3): {@code samklang --no-sandbox} on a fresh data directory asks
 * who works here, checks what is typed, keeps it in {@code identity.properties}, and then says plainly, once each,
 * that there are no channels, no people directory and no phone, and where to add them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoSandboxDeskTest {

    private static final String QUESTION = "Who works at this desk?";
    private static LiveProduct product;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> product);

    @BeforeAll
    static void startAnEmptyDesk() throws Exception {
        product = LiveProduct.start(Files.createTempDirectory("samklang-no-sandbox"), List.of(),
                List.of("--no-sandbox"));
    }

    @AfterAll
    static void stopTheDesk() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void theDeskAsksWhoWorksHere_refusesAMissingId_andKeepsTheAnswer() throws Exception {
        Screen asked = product.waitFor("the question who works here", Desk.STEP,
                s -> s.dialogs().containsKey(QUESTION) && "Text".equals(s.focus().type()));
        assertTrue(asked.dialogs().get(QUESTION).shows("Agent id"), "the form names its fields");

        Input.type("Maja Svensson");
        Input.key("Return");
        product.waitFor("the missing agent id named under its field", Desk.STEP,
                s -> s.dialogs().containsKey(QUESTION) && s.dialogs().get(QUESTION).shows("Agent id is needed."));
        Path identity = product.home().resolve("data").resolve("identity.properties");
        assertFalse(Files.exists(identity), "nothing is kept while the form is wrong");

        // The focus went to the wrong field; Tab moves on, Enter saves.
        Input.type("maja.svensson");
        Input.key("Tab");
        Input.type("2017");
        Input.key("Tab");
        Input.type("maja@nordvik.example");
        Input.key("Return");
        product.waitFor("the question to close", Desk.STEP, s -> !s.dialogs().containsKey(QUESTION));

        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(identity, StandardCharsets.UTF_8)) {
            kept.load(in);
        }
        assertEquals("Maja Svensson", kept.getProperty("name"));
        assertEquals("maja.svensson", kept.getProperty("agentId"));
        assertEquals("2017", kept.getProperty("extension"));
        assertEquals("maja@nordvik.example", kept.getProperty("email"));
        assertEquals("en", kept.getProperty("languages"), "prefilled from the desktop's language");
    }

    @Test
    @Order(2)
    void theEmptyDeskSaysOnceEachWhatItLacksAndWhereToAddIt() {
        Screen screen = product.waitFor("the empty desk's lines", Desk.DATA,
                s -> s.part(Ids.THREAD).shows("Nothing is connected to this desk yet."));

        List<String> texts = screen.part(Ids.THREAD).texts();
        for (String line : List.of("Nothing is connected to this desk yet.", "No channels:", "No people directory:",
                "No phone system:", "Add them in Settings")) {
            assertEquals(1, texts.stream().filter(t -> t.startsWith(line)).count(),
                    "'" + line + "' once in " + texts);
        }
        assertFalse(screen.part(Ids.STATUS_LINE).shows("Sandbox"), "no sandbox plugin: " + screen.part(
                Ids.STATUS_LINE).texts());
    }

    @Test
    @Order(3)
    void theAgentIsSignedInWithoutADirectory() {
        Screen screen = product.waitFor("my state in the guide", Desk.STEP,
                s -> s.part(Ids.THREAD).shows("so no work is offered to you"));

        assertFalse(screen.part(Ids.THREAD).shows("until the desk knows who is signed in"));
    }
}
