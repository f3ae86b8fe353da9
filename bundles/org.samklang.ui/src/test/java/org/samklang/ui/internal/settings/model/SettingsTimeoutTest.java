package org.samklang.ui.internal.settings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.ui.internal.model.Tone;

/**
 * A service that does not answer never leaves the view waiting: after its limit the buttons work again and the
 * status line says what happened (time is the test's, not the clock's).
 */
class SettingsTimeoutTest {

    private final SettingsBench bench = new SettingsBench();

    @Test
    void aSaveWithoutAnswerEndsAfterTwentySeconds_withSaveUsableAgain() {
        bench.connected().open("email.support");
        bench.service.hold("update");
        bench.type("host", "imap2.example.com");
        bench.presenter.save();
        bench.settle();
        assertFalse(bench.screen.actions.save());

        bench.steps.pass(19_999);
        assertEquals("Saving “Support mailbox”…", bench.screen.status().text(), "not before the limit");
        bench.steps.pass(1);
        assertEquals("“Support mailbox” was not saved: no answer within 20 s (it may still be done: the list shows"
                + " it once the desk answers)", bench.screen.status().text());
        assertEquals(Tone.ERROR, bench.screen.status().tone());
        assertTrue(bench.screen.actions.save(), "the edits are kept and can be saved again");
    }

    @Test
    void aLateAnswerAfterTheLimitIsNotShownAsTheOutcome() {
        bench.connected().open("email.support");
        bench.service.hold("update");
        bench.type("host", "imap2.example.com");
        bench.presenter.save();
        bench.steps.pass(20_000);
        int shown = bench.screen.statuses.size();

        bench.service.release();
        bench.settle();
        assertEquals(shown, bench.screen.statuses.size(), "the timeout was the outcome; the list shows the rest");
    }

    @Test
    void anAnswerInTimeIsNotFollowedByATimeout() {
        bench.connected().open("email.support");
        bench.service.hold("update");
        bench.type("host", "imap2.example.com");
        bench.presenter.save();
        bench.settle();
        bench.service.release();
        bench.settle();
        String outcome = bench.screen.status().text();

        bench.steps.pass(60_000);
        assertEquals(outcome, bench.screen.status().text());
        assertEquals(Tone.GOOD, bench.screen.status().tone());
    }

    @Test
    void testConnectionWaitsLongerThanThePluginsThirtySeconds_thenSaysItHadNoAnswer() {
        bench.connected().open("email.support");
        bench.service.hold("testConnection");
        bench.presenter.test();
        bench.steps.pass(30_000);
        assertFalse(bench.screen.actions.test(), "the service answers for its plugin after 30 s");

        bench.service.nextTest = ConnectionTestResult.failed("never sent");
        bench.steps.pass(15_000);
        assertEquals("Test of “Support mailbox” failed: no answer within 45 s (it may still be done: the list shows"
                + " it once the desk answers)", bench.screen.status().text());
        assertTrue(bench.screen.actions.test());
    }

    @Test
    void aListingWithoutAnswerSaysSo_andIsShownWhenItComesLate() {
        bench.service.hold("instances");
        bench.presenter.bindService(bench.service);
        bench.settle();
        assertEquals("Loading the plugins…", bench.screen.message.text());

        bench.steps.pass(20_000);
        assertEquals("The plugins could not be listed: no answer within 20 s (it may still be done: the list shows"
                + " it once the desk answers)", bench.screen.message.text());
        assertEquals(Tone.ERROR, bench.screen.message.tone());

        bench.service.release();
        bench.settle();
        assertEquals("Support mailbox", bench.screen.row(NodeKey.instance("email.support")).name());
    }

    @Test
    void theServiceIsCalledOnTheCallsExecutor_neverOnTheUiThread() {
        java.util.List<Runnable> callsQueue = new java.util.ArrayList<>();
        SettingsPresenter presenter = new SettingsPresenter(Plugins.ENGLISH, bench.steps, callsQueue::add,
                bench.steps, () -> 0L);
        presenter.attach(bench.screen);
        presenter.bindService(bench.service);
        bench.settle();
        assertTrue(bench.service.calls.isEmpty(), "nothing asked on the UI thread: " + bench.service.calls);

        callsQueue.forEach(Runnable::run);
        bench.settle();
        assertTrue(bench.service.calls.contains("instances"));
        assertEquals("Support mailbox", bench.screen.row(NodeKey.instance("email.support")).name());
    }
}
