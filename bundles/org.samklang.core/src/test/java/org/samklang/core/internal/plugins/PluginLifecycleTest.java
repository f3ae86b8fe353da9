package org.samklang.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Address.Scheme;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.PluginInstanceView.State;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.core.internal.runtime.Desk;
import org.samklang.core.internal.store.StoreHealthBoard;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.RawAddress;

/** The plugin host binds, starts, restarts and stops instances, each with a context of its own. */
class PluginLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void twoInstancesOfOneType_areTwoChannels_eachWithItsOwnSettingsNameAndReplyChoice() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = new TestChannel();
            TestChannel sales = new TestChannel();
            desk.add(support, TestChannelType.instance("email.support", "host", "imap.support.example",
                    "samklang.name", "Support mailbox"));
            desk.add(sales, TestChannelType.instance("email.sales", "host", "imap.sales.example", "port", "143"));

            assertEquals("Support mailbox", desk.status("email.support", s -> true).displayName());
            assertEquals("Test mailbox", desk.status("email.sales", s -> true).displayName());
            HostDesk.await(() -> Optional.of(sales.starts()).filter(s -> !s.isEmpty()), "sales started");
            assertEquals(Map.of("host", "imap.support.example", "port", "993"),
                    support.lastContext().configuration().values());
            assertEquals(Map.of("host", "imap.sales.example", "port", "143"),
                    sales.lastContext().configuration().values());
            assertEquals("email.support", support.id());

            ConversationId conversation = handIn(support, "m1");
            List<String> choices = desk.desk.conversations().replyOptions(conversation).stream()
                    .map(ReplyOption::channelId).sorted().toList();
            assertEquals(List.of("email.sales", "email.support"), choices);
        }
    }

    @Test
    void theSinkAnInstanceGets_filesEverythingUnderItsOwnId_whateverTheItemSays() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = started(desk, "email.support");
            InboundMessage forAnother = InboundMessage.builder("email.someone-else", MediaType.EMAIL, "<x@example>",
                    RawAddress.of(Scheme.MAILTO, "anna@example.se"), NOW).subject("Hej").build();

            InboundReceipt receipt = support.lastContext().inbound().accept(forAnother).get(30, TimeUnit.SECONDS);

            assertEquals("email.support", desk.desk.conversations()
                    .conversation(receipt.conversationId().orElseThrow()).orElseThrow().channelId());
        }
    }

    @Test
    void aSettingChangedAtRuntime_stopsTheInstanceAndStartsItWithTheNewValue_withoutARestart() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = started(desk, "email.support");

            desk.host().serviceUpdated(Facet.CHANNEL, support,
                    TestChannelType.instance("email.support", "host", "imap.new.example"));

            HostDesk.await(() -> Optional.of(support.starts()).filter(s -> s.size() == 2), "second start");
            assertEquals(1, support.stops());
            assertEquals(Optional.of("imap.new.example"), support.lastContext().configuration().text("host"));
            assertEquals(State.RUNNING, desk.instance("email.support", s -> s.state() == State.RUNNING).state());
        }
    }

    @Test
    void removingAnInstance_stopsIt_withdrawsItsStatusAndReplyChoice_andKeepsItsConversations() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = started(desk, "email.support");
            TestChannel sales = started(desk, "email.sales");
            ConversationId conversation = handIn(support, "m1");

            desk.host().serviceRemoved(Facet.CHANNEL, support);

            assertEquals(1, support.stops());
            desk.desk.connectorStatus().poll();
            assertTrue(desk.statusOf("email.support").isEmpty(), desk.statuses().toString());
            assertTrue(desk.statusOf("email.sales").isPresent(), desk.statuses().toString());
            assertEquals(List.of("email.sales"), desk.desk.conversations().replyOptions(conversation).stream()
                    .map(ReplyOption::channelId).toList());
            assertEquals("email.support", desk.desk.conversations().conversation(conversation).orElseThrow()
                    .channelId());
            assertEquals(0, sales.stops());
        }
    }

    @Test
    void anInstancesState_isKeptInTheStore_andIsThereAfterARestart() throws Exception {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            PluginContext context = started(desk, "email.support").lastContext();
            context.state().put("uidvalidity", "1700000001").get(30, TimeUnit.SECONDS);
            context.state().put("modseq", "42").get(30, TimeUnit.SECONDS);
            context.state().remove("modseq").get(30, TimeUnit.SECONDS);
            assertEquals(Optional.of("1700000001"), context.state().get("uidvalidity"));
        }
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel again = started(desk, "email.support");
            assertEquals(Map.of("uidvalidity", "1700000001"), again.lastContext().state().all());
            TestChannel other = started(desk, "email.sales");
            assertEquals(Map.of(), other.lastContext().state().all());
        }
    }

    @Test
    void instancesWaitForTheGate_thenStart() {
        Desk0 desk0 = new Desk0(data);
        try (desk0) {
            TestChannel support = new TestChannel();
            desk0.desk.plugins().typeAdded(new TestChannelType());
            desk0.desk.plugins().serviceAdded(Facet.CHANNEL, support, TestChannelType.instance("email.support",
                    "host", "imap.example"));

            assertEquals(State.STARTING, desk0.desk.plugins().statuses().get(0).state());
            assertTrue(support.starts().isEmpty());

            desk0.desk.plugins().openGate();
            HostDesk.await(() -> Optional.of(support.starts()).filter(s -> !s.isEmpty()), "start after the gate");
        }
    }

    @Test
    void aServiceRegisteredByHand_isPutToWorkBeforeTheGateOpens_theWindowMayNeedIt() {
        Desk0 desk0 = new Desk0(data);
        try (desk0) {
            TestChannel byHand = new TestChannel("chat.legacy");
            desk0.desk.plugins().serviceAdded(Facet.CHANNEL, byHand, Map.of("service.id", 12L));

            HostDesk.await(() -> desk0.desk.conversations().connectors().find("chat.legacy"), "chat.legacy at work");
            assertEquals(1, byHand.starts().size());
            desk0.desk.plugins().openGate();
            assertEquals(State.RUNNING, desk0.desk.plugins().statuses().get(0).state());
            assertEquals(1, byHand.startsBegun());
            assertEquals(0, byHand.stops());
        }
    }

    @Test
    void aServiceRegisteredByHand_isStartedWithNoSettings_underItsOwnId() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel byHand = new TestChannel("chat.legacy");
            desk.add(byHand, Map.of("service.id", 12L));

            ConnectorStatus status = desk.status("chat.legacy", s -> s.health() == ConnectorStatus.Health.ONLINE);
            assertEquals(ConnectorStatus.Role.CHANNEL, status.role());
            assertEquals(Map.of(), byHand.lastContext().configuration().values());
        }
    }

    @Test
    void aDisabledInstance_isNotStarted_andHasNoStatusItem() {
        try (HostDesk desk = HostDesk.open(data, new MemorySecrets())) {
            TestChannel support = new TestChannel();
            desk.add(support, TestChannelType.instance("email.support", "host", "imap.example",
                    "samklang.enabled", "false"));

            assertEquals(State.DISABLED, desk.instance("email.support", s -> true).state());
            assertTrue(support.starts().isEmpty());
            assertFalse(desk.statusOf("email.support").isPresent());
        }
    }

    static TestChannel started(HostDesk desk, String instanceId) {
        TestChannel channel = new TestChannel();
        desk.add(channel, TestChannelType.instance(instanceId, "host", "imap.example"));
        HostDesk.await(() -> Optional.of(channel.starts()).filter(s -> !s.isEmpty()), instanceId + " started");
        desk.status(instanceId, s -> s.health() == ConnectorStatus.Health.ONLINE);
        return channel;
    }

    static ConversationId handIn(TestChannel channel, String remoteId) throws Exception {
        InboundMessage mail = InboundMessage.builder(channel.id(), MediaType.EMAIL, remoteId,
                RawAddress.of(Scheme.MAILTO, "anna@example.se"), NOW).subject("Var är min order?").build();
        return channel.lastContext().inbound().accept(mail).get(30, TimeUnit.SECONDS).conversationId().orElseThrow();
    }

    /** A desk whose gate stays shut until the test opens it. */
    private static final class Desk0 implements AutoCloseable {

        final Desk desk;

        Desk0(Path data) {
            Clock clock = Clock.systemUTC();
            desk = Desk.start(data, clock, new StoreHealthBoard(clock), new MemorySecrets(), HostDesk.SHORT);
        }

        @Override
        public void close() {
            desk.close();
        }
    }
}
