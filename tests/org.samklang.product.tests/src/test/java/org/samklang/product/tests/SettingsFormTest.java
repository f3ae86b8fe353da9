package org.samklang.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plugin instance added through the Settings form, by keyboard only (issue 10): on the sandbox desk, Settings
 * opens first, Ctrl+N starts a new instance of the sandbox channel, the id and the name are typed, Ctrl+S saves, and
 * the new channel's status item appears on the status line without a restart, beside the four it had.
 */
class SettingsFormTest {

    private static final String SETTINGS = "org.samklang.ui.part.settings";
    private static final String NAME = "Second mailbox";
    private static LiveProduct product;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> product);

    @BeforeAll
    static void startOnSettings() throws Exception {
        product = LiveProduct.start(Files.createTempDirectory("samklang-settings"), List.of(),
                List.of("--settings"));
    }

    @AfterAll
    static void stopTheDesk() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void givenTheSettingsForm_whenAnInstanceIsAddedAndSaved_thenItsStatusAppears() {
        Screen before = product.waitFor("the sandbox's instances listed in Settings", Desk.DATA,
                s -> s.part(SETTINGS).shows("Sandbox e-mail") && s.part(Ids.STATUS_LINE).shows("Sandbox e-mail"));
        assertFalse(before.part(Ids.STATUS_LINE).shows(NAME), "no such channel yet");

        Input.key("ctrl+n");
        // The keyboard lands on the form's first field, the type, once the form is built.
        product.waitFor("the form of a new instance, the type focused", Desk.STEP,
                s -> s.part(SETTINGS).shows("New instance") && "Combo".equals(s.focus().type()));
        Input.key("alt+i");
        Input.type("email.second");
        product.waitFor("the instance id typed", Desk.STEP, s -> s.part(SETTINGS).shows("email.second"));
        Input.key("alt+n");
        Input.type(NAME);
        product.waitFor("the name typed", Desk.STEP, s -> s.part(SETTINGS).shows(NAME));
        Input.key("ctrl+s");

        Screen after = product.waitFor("the new channel on the status line", Desk.DATA,
                s -> s.part(Ids.STATUS_LINE).shows(NAME));
        assertTrue(after.part(SETTINGS).shows("Saved “Second mailbox”"), LiveProduct.describe(after));
        assertTrue(after.part(Ids.STATUS_LINE).shows("Sandbox e-mail"), "the other channels run on");
    }
}
