package org.samklang.ui.internal.settings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.ui.internal.model.Tone;

/** The Settings view's listing, selection and states: loading, empty, connecting, failed, vanished, not installed. */
class SettingsPresenterTest {

    private final SettingsBench bench = new SettingsBench();

    @Test
    void withoutTheServiceTheViewSaysItIsConnecting_thenLoadsAndListsTypesByRoleWithTheirInstances() {
        assertEquals(Boolean.FALSE, bench.screen.connected);

        bench.service.hold("instances");
        bench.presenter.bindService(bench.service);
        bench.settle();
        assertEquals(Boolean.TRUE, bench.screen.connected);
        assertEquals("Loading the plugins…", bench.screen.message.text());

        bench.service.release();
        bench.settle();
        List<TreeNode> roots = bench.screen.tree.roots();
        assertEquals(List.of("Channels", "CRM"), roots.stream().map(TreeNode::name).toList());
        TreeNode mailbox = roots.get(0).children().get(0);
        assertEquals("IMAP mailbox", mailbox.name());
        assertEquals("Support mailbox", mailbox.children().get(0).name());
        assertEquals("Running", mailbox.children().get(0).state());
        assertEquals(Tone.GOOD, mailbox.children().get(0).tone());
    }

    @Test
    void theFirstInstanceIsShownWhenTheViewOpens() {
        bench.connected();

        assertEquals(Optional.of(NodeKey.instance("email.support")), bench.screen.selected);
        assertEquals("Support mailbox", bench.screen.form.header().title());
        assertEquals("imap.example.com", bench.field("host").value());
    }

    @Test
    void noPluginsInstalledAtAllIsSaidAndAddHasNothingToOffer() {
        bench.service.instances.clear();
        bench.service.types.clear();
        bench.connected();

        assertTrue(bench.screen.message.text().startsWith("No plugins are installed"), bench.screen.message.text());
        assertFalse(bench.screen.offerAdd);
        bench.presenter.add();
        assertEquals("No plugins are installed, so there is nothing to add.", bench.screen.status().text());
    }

    @Test
    void aListingThatFailsSaysWhy() {
        bench.service.failListing = true;
        bench.connected();

        assertEquals(Tone.ERROR, bench.screen.message.tone());
        assertTrue(bench.screen.message.text().contains("the configuration area cannot be read"),
                bench.screen.message.text());
    }

    @Test
    void everyStateOfAnInstanceReadsInTheTree_andRunningIsSaidOnlyWhileItsRemoteIsOnline() {
        bench.service.replace(instance("email.support", PluginInstanceView.State.OFFLINE,
                "start threw: connection refused", List.of()));
        bench.service.put(Plugins.MAILBOX, "email.sales", "Sales mailbox", Map.of(),
                PluginInstanceView.State.DISABLED);
        bench.service.replace(instance("crm.main", PluginInstanceView.State.RUNNING, "", List.of()));
        bench.connected();
        FakeStatus status = new FakeStatus(new ConnectorStatus("crm.main", "Main CRM", ConnectorStatus.Role.CRM,
                ConnectorStatus.Health.OFFLINE, "HTTP 401 from crm.example.com", Instant.EPOCH));
        bench.presenter.bindStatus(status);
        bench.settle();

        assertEquals("Offline: start threw: connection refused",
                bench.screen.row(instanceKey("email.support")).state());
        assertEquals("Disabled", bench.screen.row(instanceKey("email.sales")).state());
        TreeNode crm = bench.screen.row(instanceKey("crm.main"));
        assertEquals("Running, but its remote is offline: HTTP 401 from crm.example.com", crm.state());
        assertEquals(Tone.ERROR, crm.tone());

        status.publish(new ConnectorStatus("crm.main", "Main CRM", ConnectorStatus.Role.CRM,
                ConnectorStatus.Health.ONLINE, "", Instant.EPOCH));
        bench.settle();
        assertEquals("Running", bench.screen.row(instanceKey("crm.main")).state());
    }

    @Test
    void refusedSettingsAreSaidWithTheFirstProblem_andShownAtTheirField() {
        SettingProblem port = new SettingProblem("port", SettingProblem.Kind.INVALID_VALUE,
                "Port: 'abc' is not a whole number");
        Map<String, String> refused = new java.util.HashMap<>(Plugins.mailboxValues("imap.example.com"));
        refused.put("port", "abc");
        bench.service.put(Plugins.MAILBOX, "email.support", "Support mailbox", refused,
                PluginInstanceView.State.RUNNING);
        bench.service.replace(instance("email.support", PluginInstanceView.State.SETTINGS_REFUSED, "", List.of(port)));
        bench.connected();

        assertEquals("Settings refused: Port: 'abc' is not a whole number",
                bench.screen.row(instanceKey("email.support")).state());
        assertEquals("Port: 'abc' is not a whole number", bench.screen.problems.get("port"));
    }

    @Test
    void anInstanceWhosePluginIsMissingIsListedApart_itsSettingsReadOnly_andCanStillBeRemoved() {
        bench.service.put("org.gone.plugin", "chat.old", "Old chat", Map.of("server", "xmpp.example.com"),
                PluginInstanceView.State.NOT_INSTALLED);
        bench.connected();
        bench.open("chat.old");

        TreeNode group = bench.screen.tree.roots().get(bench.screen.tree.roots().size() - 1);
        assertEquals("Not installed", group.name());
        assertEquals("Plugin not installed", bench.screen.row(instanceKey("chat.old")).state());
        assertTrue(bench.screen.form.readOnly());
        assertTrue(bench.screen.form.header().notes().contains("server = xmpp.example.com"),
                bench.screen.form.header().notes().toString());
        assertFalse(bench.screen.actions.save());
        assertFalse(bench.screen.actions.test());
        assertTrue(bench.screen.actions.remove());
    }

    @Test
    void anInstanceRemovedElsewhereWhileShownIsSaid() {
        bench.connected();
        bench.type("host", "imap2.example.com");

        bench.service.instances.remove("email.support");
        bench.service.changed();
        bench.settle();

        assertTrue(bench.screen.message.text().startsWith("“Support mailbox” was removed while it was shown here"),
                bench.screen.message.text());
        assertEquals(FormActions.NONE, bench.screen.actions);
        assertTrue(bench.screen.tree.find(instanceKey("email.support")).isEmpty());
    }

    @Test
    void aChangeSavedElsewhereShowsInACleanForm_butNeverOverwritesWhatTheUserTyped() {
        bench.connected();
        bench.service.put(Plugins.MAILBOX, "email.support", "Support mailbox",
                Plugins.mailboxValues("imap.elsewhere.example.com"), PluginInstanceView.State.RUNNING);
        bench.service.changed();
        bench.settle();
        assertEquals("imap.elsewhere.example.com", bench.field("host").value());

        bench.type("user", "typed@example.com");
        bench.service.put(Plugins.MAILBOX, "email.support", "Support mailbox",
                Plugins.mailboxValues("imap.third.example.com"), PluginInstanceView.State.RUNNING);
        bench.service.changed();
        bench.settle();
        bench.presenter.save();
        bench.settle();
        PluginInstanceEdit saved = bench.service.saved.get(0);
        assertEquals("typed@example.com", saved.values().get("user"));
        assertEquals("imap.elsewhere.example.com", saved.values().get("host"), "the form the user changed");
    }

    @Test
    void whenTheServiceGoesTheViewSaysConnecting_andWhenItReturnsTheEditsAreStillThere() {
        bench.connected();
        bench.type("host", "imap2.example.com");

        bench.presenter.bindService(null);
        assertEquals(Boolean.FALSE, bench.screen.connected);
        assertEquals(0, bench.service.subscribers());

        bench.connected();
        assertEquals(Boolean.TRUE, bench.screen.connected);
        assertEquals("imap2.example.com", bench.field("host").value());
        assertTrue(bench.screen.row(instanceKey("email.support")).state().endsWith("unsaved changes"));
    }

    @Test
    void aStatusItemClickedBeforeTheListArrivesOpensItsInstanceOnceItDoes() {
        bench.service.hold("instances");
        bench.presenter.bindService(bench.service);
        bench.presenter.reveal("crm.main");
        bench.service.release();
        bench.settle();

        assertEquals(Optional.of(instanceKey("crm.main")), bench.screen.selected);
        assertEquals("Main CRM", bench.screen.form.header().title());
    }

    @Test
    void anIdThatIsNoInstanceIsSaid() {
        bench.connected();
        bench.presenter.reveal("routing.json");

        assertEquals("“routing.json” has no settings here: it is not a configured plugin instance.",
                bench.screen.status().text());
    }

    @Test
    void selectingATypeDescribesIt_andEscInTheFormGoesBackToTheTree() {
        bench.connected();
        bench.presenter.select(NodeKey.type(Plugins.MAILBOX));
        bench.settle();

        assertEquals("IMAP mailbox: Fetches mail from an IMAP server and sends replies over SMTP.",
                bench.screen.message.text());
        assertTrue(bench.screen.offerAdd);
        bench.presenter.escape();
        assertEquals(1, bench.screen.treeFocused);
    }

    @Test
    void disposingEndsTheSubscriptions() {
        bench.connected();
        FakeStatus status = new FakeStatus();
        bench.presenter.bindStatus(status);

        bench.presenter.dispose();

        assertEquals(0, bench.service.subscribers());
        assertNull(status.listener);
    }

    private static NodeKey instanceKey(String id) {
        return NodeKey.instance(id);
    }

    private PluginInstanceView instance(String id, PluginInstanceView.State state, String reason,
            List<SettingProblem> problems) {
        PluginInstanceView v = bench.service.instances.get(id);
        return new PluginInstanceView(id, v.factoryPid(), v.displayName(), state != PluginInstanceView.State.DISABLED,
                Optional.empty(), v.values(), v.secretsSet(), state, reason, FakeSettingsService.SINCE, problems);
    }

    /** The status line's service: one listener, statuses published by the test. */
    static final class FakeStatus implements ConnectorStatusService {

        private List<ConnectorStatus> statuses;
        Consumer<List<ConnectorStatus>> listener;

        FakeStatus(ConnectorStatus... initial) {
            statuses = List.of(initial);
        }

        void publish(ConnectorStatus... now) {
            statuses = List.of(now);
            listener.accept(statuses);
        }

        @Override
        public List<ConnectorStatus> connectors() {
            return statuses;
        }

        @Override
        public AutoCloseable subscribe(Consumer<List<ConnectorStatus>> consumer) {
            listener = consumer;
            return () -> listener = null;
        }
    }
}
