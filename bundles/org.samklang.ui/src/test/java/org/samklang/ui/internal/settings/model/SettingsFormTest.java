package org.samklang.ui.internal.settings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.ui.internal.model.Tone;

/** The form of a saved instance: rendered from descriptors, checked as the user types, saved, tested. */
class SettingsFormTest {

    private final SettingsBench bench = new SettingsBench().connected();

    @Test
    void everyDescriptorTypeGetsItsFieldWithLabelRequiredMarkHelpAndDefault() {
        FormModel form = bench.screen.form;

        assertEquals(List.of("host", "port", "user", "password", "tls", "auth", "folders", "signature", "webmail"),
                form.fields().stream().map(FieldModel::key).toList());
        assertEquals("Server *", bench.field("host").label());
        assertEquals("The IMAP server's name.", bench.field("host").help());
        assertEquals("Port", bench.field("port").label(), "a default counts as a value: not marked required");
        assertEquals("Default: 993 · From 1 to 65535", bench.field("port").facts());
        assertEquals("true", bench.field("tls").value(), "a check box shows the value in force");
        assertEquals("Default: on", bench.field("tls").facts());
        assertEquals("plain", bench.field("auth").value(), "a choice shows its default when unset");
        assertEquals("One entry per line · Default: INBOX", bench.field("folders").facts());
        assertEquals(SettingDescriptor.Type.MULTILINE_TEXT, bench.field("signature").setting().type());
        assertEquals("https://…", bench.field("webmail").hint());
    }

    @Test
    void aSecretIsShownAsSetOrNotSet_neverItsValue() {
        FieldModel password = bench.field("password");

        assertTrue(password.secretSet());
        assertEquals("", password.value());
        assertEquals(SecretEdit.KEEP, password.secretEdit());
        assertFalse(bench.screen.form.toString().contains(SettingsBench.SECRET));
        assertTrue(bench.service.checks.stream().noneMatch(e -> e.values().containsKey("password")),
                "an untouched secret is left out, so the stored one stays");
    }

    @Test
    void aProblemShowsAtItsFieldAsTheUserTypes_andSaveWaitsUntilItIsCorrected() {
        bench.type("port", "99999");

        assertEquals("Port: 99999 is not between 1 and 65535", bench.screen.problems.get("port"));
        assertEquals("Save needs: Port: 99999 is not between 1 and 65535", bench.screen.blocked);
        assertFalse(bench.screen.actions.save());
        assertEquals("checkUpdate", bench.service.calls.get(bench.service.calls.size() - 1));

        bench.type("port", "143");
        assertEquals(Map.of(), bench.screen.problems);
        assertEquals("", bench.screen.blocked);
        assertTrue(bench.screen.actions.save());
    }

    @Test
    void anOlderCheckThatAnswersLateIsDropped() {
        bench.service.hold("checkUpdate");
        bench.type("port", "99999");
        bench.type("port", "143");
        bench.service.releaseLast();
        bench.settle();
        assertEquals(Map.of(), bench.screen.problems);

        bench.service.releaseOne();
        bench.settle();
        assertEquals(Map.of(), bench.screen.problems, "the answer for 99999 came after the one for 143");
    }

    @Test
    void saveSendsTheFormAndAppliesAtOnce_theTreeMarkGoesAndTheStatusSaysItRestarts() {
        bench.type("host", "imap2.example.com");
        assertTrue(bench.screen.row(NodeKey.instance("email.support")).state().endsWith("unsaved changes"));
        assertTrue(bench.screen.actions.discard());

        bench.presenter.save();
        bench.settle();

        PluginInstanceEdit sent = bench.service.saved.get(0);
        assertEquals("imap2.example.com", sent.values().get("host"));
        assertFalse(sent.values().containsKey("password"), "the stored secret is kept by leaving it out");
        assertEquals("Saved “Support mailbox”: it restarts with the new settings now.", bench.screen.status().text());
        assertEquals(Tone.GOOD, bench.screen.status().tone());
        assertFalse(bench.screen.row(NodeKey.instance("email.support")).state().endsWith("unsaved changes"));
        assertFalse(bench.screen.actions.save(), "nothing left to save");
    }

    @Test
    void whileSavingSaveIsDisabledAndTheStatusSaysSo() {
        bench.service.hold("update");
        bench.type("host", "imap2.example.com");
        bench.presenter.save();
        bench.settle();

        assertFalse(bench.screen.actions.save());
        assertEquals("Saving “Support mailbox”…", bench.screen.status().text());
        bench.service.release();
        bench.settle();
        assertEquals(Tone.GOOD, bench.screen.status().tone());
    }

    @Test
    void aSecretCanBeReplacedOrCleared_andTheFormSaysWhatSaveWillDo() {
        bench.presenter.secretEdited("password", "new-password");
        bench.settle();
        assertEquals(SecretEdit.REPLACE, bench.screen.secrets.get("password"));
        bench.presenter.save();
        bench.settle();
        assertEquals("new-password", bench.service.saved.get(0).values().get("password"));
        assertEquals(SecretEdit.KEEP, bench.field("password").secretEdit(), "after saving the new one is stored");

        bench.open("crm.main");
        bench.presenter.secretCleared("token");
        bench.settle();
        assertEquals(SecretEdit.CLEAR, bench.screen.secrets.get("token"));
        bench.presenter.secretKept("token");
        bench.settle();
        assertEquals(SecretEdit.KEEP, bench.screen.secrets.get("token"));
    }

    @Test
    void clearingARequiredSecretIsAProblemAtItsField() {
        bench.presenter.secretCleared("password");
        bench.settle();

        assertEquals("Password is required", bench.screen.problems.get("password"));
        assertFalse(bench.screen.actions.save());
    }

    @Test
    void aRefusedSaveShowsTheServicesProblemsAtTheirFields_andKeepsTheEdits() {
        bench.service.refuseNextSave = new SettingProblem("host", SettingProblem.Kind.NOT_SAVED,
                "Server: the settings could not be kept: secure storage is locked");
        bench.type("host", "imap2.example.com");
        bench.presenter.save();
        bench.settle();

        assertEquals("Server: the settings could not be kept: secure storage is locked",
                bench.screen.problems.get("host"));
        assertEquals(Tone.ERROR, bench.screen.status().tone());
        assertTrue(bench.screen.status().text().startsWith("“Support mailbox” was not saved: Server:"),
                bench.screen.status().text());
        bench.presenter.test();
        bench.settle();
        assertEquals("imap2.example.com", bench.service.tests.get(0).values().get("host"), "the edits stay");
    }

    @Test
    void testConnectionUsesTheUnsavedValues_isBusyWhileItRuns_andSaysWhatHappened() {
        bench.service.hold("testConnection");
        bench.type("host", "imap.unsaved.example.com");
        bench.presenter.test();
        bench.settle();

        assertFalse(bench.screen.actions.test());
        assertEquals("Testing the connection of “Support mailbox”…", bench.screen.status().text());
        assertEquals("imap.unsaved.example.com", bench.service.tests.get(0).values().get("host"));
        assertTrue(bench.service.saved.isEmpty(), "a test saves nothing");

        bench.service.nextTest = ConnectionTestResult.succeeded("Signed in to imap.unsaved.example.com:993")
                .took(Duration.ofMillis(1234));
        bench.service.release();
        bench.settle();
        assertEquals("Test of “Support mailbox” passed: Signed in to imap.unsaved.example.com:993 (1.2 s)",
                bench.screen.status().text());
        assertTrue(bench.screen.actions.test());
    }

    @Test
    void aFailedTestSaysExactlyWhatFailed() {
        bench.service.nextTest = ConnectionTestResult.failed(
                "could not connect to imap.example.com:993: connection refused");
        bench.presenter.test();
        bench.settle();

        assertEquals("Test of “Support mailbox” failed: could not connect to imap.example.com:993: connection"
                + " refused", bench.screen.status().text());
        assertEquals(Tone.ERROR, bench.screen.status().tone());
    }

    @Test
    void editsAreKeptWhenAnotherInstanceIsSelected_andMarkedInTheTree() {
        bench.type("host", "imap2.example.com");
        bench.open("crm.main");

        assertEquals("Main CRM", bench.screen.form.header().title());
        assertTrue(bench.screen.row(NodeKey.instance("email.support")).state().endsWith("· unsaved changes"));

        bench.open("email.support");
        assertEquals("imap2.example.com", bench.field("host").value());
        assertTrue(bench.screen.actions.save());
    }

    @Test
    void aSaveThatAnswersAfterTheUserMovedOnStillMarksThatFormSaved() {
        bench.service.hold("update");
        bench.type("host", "imap2.example.com");
        bench.presenter.save();
        bench.open("crm.main");
        bench.service.release();
        bench.settle();

        assertFalse(bench.screen.row(NodeKey.instance("email.support")).state().endsWith("unsaved changes"));
        assertEquals("Saved “Support mailbox”: it restarts with the new settings now.", bench.screen.status().text());
        assertEquals("Main CRM", bench.screen.form.header().title());
    }

    @Test
    void discardShowsTheSavedSettingsAgain() {
        bench.type("host", "imap2.example.com");
        bench.presenter.discard();
        bench.settle();

        assertEquals("imap.example.com", bench.field("host").value());
        assertFalse(bench.screen.actions.discard());
        assertEquals("Changes discarded.", bench.screen.status().text());
    }

    @Test
    void typingDoesNotRebuildTheForm_soTheCaretStaysWhereItIs() {
        int built = bench.screen.formsBuilt;
        bench.type("host", "imap2.example.com");
        bench.type("host", "imap3.example.com");

        assertEquals(built, bench.screen.formsBuilt);
        assertNull(bench.screen.message);
    }
}
