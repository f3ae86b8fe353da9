package org.samklang.ui.internal.settings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.samklang.ui.internal.model.Tone;

/**
 * What the view says when there is little to show: no settings service (yet), no plugin types, types without
 * instances.
 */
class SettingsEmptyDeskTest {

    private final FakeSettingsService service = new FakeSettingsService();
    private final RecordingSettingsScreen screen = new RecordingSettingsScreen();
    private final Steps steps = new Steps();
    private final SettingsPresenter presenter = new SettingsPresenter(Plugins.ENGLISH, steps, steps, steps,
            () -> 0L);

    @Test
    void withoutTheServiceItIsConnecting_thenSaysSettingsAreNotAvailable() {
        presenter.attach(screen);
        steps.pass(SettingsPresenter.SERVICE_GRACE_MILLIS - 1);
        assertEquals(Boolean.FALSE, screen.connected);
        assertEquals("", screen.unavailable, "connecting while a desk may still be starting");

        steps.pass(1);
        assertEquals("Settings are not available: the desk’s plugin settings service has not started. The desk log"
                + " says why; this view fills in as soon as the service starts.", screen.unavailable);

        presenter.bindService(service);
        steps.settle();
        assertEquals(Boolean.TRUE, screen.connected, "it fills in when the service comes after all");
    }

    @Test
    void aServiceThatComesInTimeIsNeverCalledUnavailable() {
        presenter.attach(screen);
        presenter.bindService(service);
        steps.pass(SettingsPresenter.SERVICE_GRACE_MILLIS * 2);
        assertEquals("", screen.unavailable);
    }

    @Test
    void aServiceThatGoesAwayIsConnectingAgain_andUnavailableAfterTheGrace() {
        presenter.attach(screen);
        presenter.bindService(service);
        steps.settle();
        presenter.bindService(null);
        steps.settle();
        assertEquals(Boolean.FALSE, screen.connected);

        steps.pass(SettingsPresenter.SERVICE_GRACE_MILLIS);
        assertTrue(screen.unavailable.startsWith("Settings are not available"), screen.unavailable);
    }

    @Test
    void noPluginTypesAtAll_saysThereIsNothingToConfigure_andOffersNoAdd() {
        presenter.attach(screen);
        presenter.bindService(service);
        steps.settle();

        assertEquals(Boolean.TRUE, screen.connected);
        assertTrue(screen.tree.roots().isEmpty(), "an empty tree, no made-up rows");
        assertEquals("No plugins are installed, so there is nothing to configure. Install a plugin bundle (see the"
                + " plugin guide); its types appear here.", screen.message.text());
        assertFalse(screen.offerAdd);
        assertFalse(screen.tree.offersTypes(), "Add is disabled");
        assertEquals(FormActions.NONE, screen.actions);

        presenter.add();
        steps.settle();
        assertEquals("No plugins are installed, so there is nothing to add.", screen.status().text());
        assertEquals(null, screen.form);
    }

    @Test
    void typesWithoutInstances_sayWhatCanBeAdded_andOfferAdd() {
        service.add(Plugins.mailbox());
        service.add(Plugins.crm());
        presenter.attach(screen);
        presenter.bindService(service);
        steps.settle();

        assertEquals("Nothing is configured yet, so this desk has no channels or connectors. Add an instance of an"
                + " installed plugin (IMAP mailbox, REST CRM): select its type on the left and press Enter, or press"
                + " Add.", screen.message.text());
        assertEquals(Tone.NORMAL, screen.message.tone());
        assertTrue(screen.offerAdd);
        assertTrue(screen.tree.offersTypes());
        assertTrue(screen.tree.find(NodeKey.type(Plugins.MAILBOX)).isPresent(), "each type has its row");

        presenter.select(NodeKey.type(Plugins.CRM));
        presenter.openSelected();
        steps.settle();
        assertTrue(screen.form.adding(), "Enter on a type adds an instance of it");
        assertEquals(Plugins.CRM, screen.form.factoryPid());
    }

    @Test
    void anInstanceWhosePluginIsGoneIsNoTypeToAdd() {
        service.put("org.gone.plugin", "chat.old", "Old chat", java.util.Map.of(),
                org.samklang.core.api.model.PluginInstanceView.State.NOT_INSTALLED);
        presenter.attach(screen);
        presenter.bindService(service);
        steps.settle();

        assertTrue(screen.tree.find(NodeKey.type("org.gone.plugin")).isPresent(), "listed apart, to be removed");
        assertFalse(screen.tree.offersTypes());
    }

    @Test
    void theEmptyDeskSpeaksSwedish() {
        service.add(Plugins.mailbox());
        SettingsPresenter swedish = new SettingsPresenter(new SettingsTexts(org.samklang.ui.internal.model.UiMessages
                .forLocale(java.util.Locale.forLanguageTag("sv"))), steps, steps, steps, () -> 0L);
        swedish.attach(screen);
        swedish.bindService(service);
        steps.settle();

        assertEquals("Inget är inställt än, så skrivbordet har inga kanaler eller kopplingar. Lägg till en instans av"
                + " ett installerat insticksprogram (IMAP mailbox): välj dess typ till vänster och tryck Enter, eller"
                + " tryck Lägg till.", screen.message.text());
        assertEquals("Kanaler", screen.tree.roots().get(0).name());
    }
}
