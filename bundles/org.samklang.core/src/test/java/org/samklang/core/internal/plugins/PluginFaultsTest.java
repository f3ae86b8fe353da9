package org.samklang.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConnectorStatus.Health;
import org.samklang.core.api.model.PluginInstanceView.State;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.internal.runtime.Desk;
import org.samklang.core.internal.store.StoreHealthBoard;

/**
 * What the host does with plugins that misbehave and settings that are wrong: the instance is shown with the reason,
 * runs on its last good settings where it has them, and nothing else stops.
 */
class PluginFaultsTest {

    @TempDir
    Path data;

    @Test
    void aPluginThatThrowsInStart_isOfflineWithTheReason_andTheOthersRun() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel broken = new TestChannel().behaving(TestChannel.StartBehaviour.THROW);
            desk.add(broken, TestChannelType.instance("email.broken", "host", "imap.example"));
            TestChannel fine = PluginLifecycleTest.started(desk, "email.fine");

            ConnectorStatus status = desk.status("email.broken", s -> s.health() == Health.OFFLINE);
            assertEquals("Could not start: cannot open the mailbox: login refused", status.reason());
            assertEquals(State.OFFLINE, desk.instance("email.broken", s -> true).state());
            assertEquals(Health.ONLINE, desk.status("email.fine", s -> true).health());
            assertEquals(1, fine.starts().size());
            assertTrue(desk.desk.conversations().connectors().find("email.broken").isEmpty());
        }
    }

    @Test
    void aPluginThatHangsInStart_isOfflineAfterTheLimit_othersRun_andItGoesToWorkIfItReturnsAfterAll() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel stuck = new TestChannel().behaving(TestChannel.StartBehaviour.HANG);
            desk.add(stuck, TestChannelType.instance("email.stuck", "host", "imap.example"));
            PluginLifecycleTest.started(desk, "email.fine");

            ConnectorStatus status = desk.status("email.stuck", s -> s.health() == Health.OFFLINE);
            assertTrue(status.reason().startsWith("Did not finish starting within 2 s"), status.reason());
            assertTrue(desk.desk.conversations().connectors().find("email.stuck").isEmpty());

            stuck.release();
            desk.status("email.stuck", s -> s.health() == Health.ONLINE);
            assertTrue(desk.desk.conversations().connectors().find("email.stuck").isPresent());
        }
    }

    @Test
    void refusedSettings_nameTheSetting_andTheInstanceRunsOnItsLastGoodOnes_alsoAfterARestart() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = new TestChannel();
            desk.add(support, TestChannelType.instance("email.support", "host", "imap.good.example", "port", "993"));
            desk.status("email.support", s -> s.health() == Health.ONLINE);

            desk.host().serviceUpdated(Facet.CHANNEL, support, TestChannelType.instance("email.support",
                    "host", "imap.new.example", "port", "abc", "colour", "blue"));

            ConnectorStatus status = desk.status("email.support", s -> s.health() == Health.DEGRADED);
            assertEquals("New settings refused, running on the previous ones: Port: 'abc' is not a whole number;"
                    + " 'colour' is not a setting of this plugin", status.reason());
            assertEquals(Optional.of("imap.good.example"), support.lastContext().configuration().text("host"));
            InstanceStatus instance = desk.instance("email.support", s -> s.state() == State.RUNNING);
            assertEquals(List.of("port", "colour"), instance.problems().stream().map(SettingProblem::key).toList());
        }
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel again = new TestChannel();
            desk.add(again, TestChannelType.instance("email.support", "host", "imap.new.example", "port", "abc"));

            desk.status("email.support", s -> s.health() == Health.DEGRADED);
            assertEquals(Optional.of("imap.good.example"), again.lastContext().configuration().text("host"));
        }
    }

    @Test
    void refusedSettingsWithoutEarlierOnes_leaveTheInstanceStopped_withTheReasonOnItsStatus() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = new TestChannel();
            desk.add(support, TestChannelType.instance("email.support", "api", "not a url"));

            ConnectorStatus status = desk.status("email.support", s -> s.health() == Health.OFFLINE);
            assertEquals("Settings refused: Server is required; API: 'not a url' is not an absolute URL with a host,"
                    + " such as https://crm.example.com/api", status.reason());
            assertEquals(State.SETTINGS_REFUSED, desk.instance("email.support", s -> true).state());
            assertTrue(support.starts().isEmpty());
        }
    }

    @Test
    void aSecretGivenInTheConfiguration_isRefused_andTheOneInSecureStorageIsWhatThePluginGets() {
        MemorySecrets secrets = new MemorySecrets();
        secrets.write("email.support", Map.of("password", "from-secure-storage"));
        secrets.write("email.filed", Map.of("password", "from-secure-storage"));
        try (HostDesk desk = HostDesk.open(data, secrets)) {
            TestChannel support = PluginLifecycleTest.started(desk, "email.support");
            TestChannel filed = new TestChannel();
            desk.add(filed, TestChannelType.instance("email.filed", "host", "imap.example",
                    "password", "written-in-a-file"));

            assertEquals(Optional.of("from-secure-storage"), support.lastContext().configuration().text("password"));
            assertTrue(!support.lastContext().configuration().toString().contains("from-secure-storage"));
            ConnectorStatus status = desk.status("email.filed", s -> s.health() == Health.OFFLINE);
            assertEquals("Settings refused: Password is a secret: set it in the Settings view, which keeps it in"
                    + " secure storage, not in a file", status.reason());
            assertTrue(filed.starts().isEmpty());
        }
    }

    @Test
    void aSecondConfigurationWithTheSameInstanceId_isRefused_untilTheFirstIsGone() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel first = PluginLifecycleTest.started(desk, "email.support");
            TestChannel second = new TestChannel();
            Map<String, Object> copy = TestChannelType.instance("email.support", "host", "imap.other.example");
            copy.put("service.pid", TestChannelType.PID + "~copy");
            desk.add(second, copy);

            InstanceStatus refused = desk.instance("email.support", s -> s.state() == State.SETTINGS_REFUSED);
            assertEquals(SettingProblem.Kind.INSTANCE_ID_TAKEN, refused.problems().get(0).kind());
            assertTrue(second.starts().isEmpty());

            desk.host().serviceRemoved(Facet.CHANNEL, first);

            HostDesk.await(() -> Optional.of(second.starts()).filter(s -> !s.isEmpty()), "the second starts");
            assertEquals(Optional.of("imap.other.example"), second.lastContext().configuration().text("host"));
        }
    }

    @Test
    void anInstanceWithoutAnId_isRefused_namingTheProperty() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            Map<String, Object> properties = TestChannelType.instance("x", "host", "imap.example");
            properties.remove("samklang.instance");
            desk.add(new TestChannel(), properties);

            InstanceStatus refused = desk.instance(TestChannelType.PID + "~x",
                    s -> s.state() == State.SETTINGS_REFUSED);
            assertEquals("samklang.instance", refused.problems().get(0).key());
        }
    }

    @Test
    void settingsChangedWhileTheInstanceIsStillStarting_stopItOnceItReturns_thenStartItAgain_neverTwoAtOnce() {
        PluginHost.Limits patient = new PluginHost.Limits(Duration.ofSeconds(20), Duration.ofSeconds(20));
        Clock clock = Clock.systemUTC();
        try (Desk desk = Desk.start(data, clock, new StoreHealthBoard(clock), new MemorySecrets(), patient)) {
            TestChannel slow = new TestChannel().behaving(TestChannel.StartBehaviour.HANG);
            desk.plugins().serviceAdded(Facet.CHANNEL, slow, TestChannelType.instance("email.slow", "host",
                    "imap.example"));
            desk.plugins().typeAdded(new TestChannelType());
            desk.plugins().openGate();
            HostDesk.await(() -> Optional.of(slow.startsBegun()).filter(n -> n == 1), "email.slow in its start");

            desk.plugins().serviceUpdated(Facet.CHANNEL, slow, TestChannelType.instance("email.slow", "host",
                    "imap.other.example"));
            slow.release();

            HostDesk.await(() -> Optional.of(slow.starts()).filter(s -> s.size() == 2), "the second start");
            HostDesk.await(() -> desk.plugins().statuses().stream().filter(s -> s.state() == State.RUNNING)
                    .findFirst(), "email.slow running");
            assertEquals(1, slow.mostStartsAtOnce());
            assertEquals(1, slow.stops());
            assertTrue(slow.running(), "stopped after its newest start");
            assertEquals(Optional.of("imap.other.example"), slow.lastContext().configuration().text("host"));
        }
    }

    @Test
    void aPluginThatThrowsInStop_whenItsSettingsChange_isOfflineWithTheReason_notStartedAgain_andTheOthersRun() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel fine = PluginLifecycleTest.started(desk, "email.fine");
            TestChannel sticky = PluginLifecycleTest.started(desk, "email.sticky");
            sticky.stopping(TestChannel.StartBehaviour.THROW);

            desk.host().serviceUpdated(Facet.CHANNEL, sticky, TestChannelType.instance("email.sticky", "host",
                    "imap.other.example"));

            ConnectorStatus status = desk.status("email.sticky", s -> s.health() == Health.OFFLINE);
            assertEquals("Could not stop cleanly: cannot open the mailbox: login refused", status.reason());
            assertEquals(State.OFFLINE, desk.instance("email.sticky", s -> true).state());
            assertEquals(1, sticky.starts().size());
            assertTrue(desk.desk.conversations().connectors().find("email.sticky").isEmpty());
            assertEquals(Health.ONLINE, desk.status("email.fine", s -> true).health());
            assertEquals(0, fine.stops());
        }
    }

    @Test
    void aPluginThatHangsInStop_isRemovedAfterTheLimit_andTheOthersRun_andTheDeskStopsTheRestOnClose() {
        TestChannel fine;
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            fine = PluginLifecycleTest.started(desk, "email.fine");
            TestChannel stuck = PluginLifecycleTest.started(desk, "email.stuck");
            stuck.stopping(TestChannel.StartBehaviour.HANG);

            desk.host().serviceRemoved(Facet.CHANNEL, stuck);

            assertTrue(desk.statusOf("email.stuck").isEmpty(), desk.statuses().toString());
            assertTrue(desk.host().statuses().stream().noneMatch(s -> s.instanceId().equals("email.stuck")));
            assertEquals(Health.ONLINE, desk.status("email.fine", s -> true).health());
            assertTrue(fine.running());
            stuck.release();
        }
        assertEquals(1, fine.stops());
        assertFalse(fine.running());
    }
}
