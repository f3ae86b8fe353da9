package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.PluginSettingsException;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConnectorStatus.Health;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.spi.InboundSink;

/**
 * Plugin instances for real: Configuration Admin, Declarative Services, FileInstall and Eclipse secure storage inside
 * Equinox, with the sandbox channel as the plugin. Instances made here have ids of their own, so the desk
 * {@link SandboxDeskIT} checks in the same framework keeps its four default channels.
 */
class PluginInstancesIT {

    private static final long WAIT_SECONDS = 60;
    private static final String TYPE = "org.samklang.sandbox.channel";
    private static final List<ServiceTracker<?, ?>> TRACKERS = new java.util.ArrayList<>();

    private static PluginSettingsService settings;
    private static ConnectorStatusService status;
    private static ConversationService conversations;

    @BeforeAll
    static void services() throws Exception {
        settings = service(PluginSettingsService.class);
        status = service(ConnectorStatusService.class);
        conversations = service(ConversationService.class);
        // A run without a clean build finds the previous run's instances; each test makes its own anew.
        Files.createDirectories(dataDirectory().resolve("plugins.d"));
        for (String file : List.of("filed", "leaky", "twin", "nameless")) {
            Files.deleteIfExists(dataDirectory().resolve("plugins.d").resolve(TYPE + "-" + file + ".cfg"));
        }
        for (PluginInstanceView instance : get(settings.instances())) {
            if (!instance.instanceId().endsWith(".sandbox") && instance.provisionedFrom().isEmpty()) {
                get(settings.remove(instance.instanceId(), Locale.ENGLISH));
            }
        }
    }

    @AfterAll
    static void closeTrackers() {
        TRACKERS.forEach(ServiceTracker::close);
    }

    @Test
    void theSandboxChannelTypeIsOffered_withItsForm() throws Exception {
        PluginTypeView type = get(settings.types(Locale.ENGLISH)).stream()
                .filter(t -> t.factoryPid().equals(TYPE)).findFirst().orElseThrow();

        assertEquals(ConnectorStatus.Role.CHANNEL, type.role());
        assertEquals(List.of("media", "online", "latencyMillis", "password"),
                type.settings().descriptors().stream().map(d -> d.key()).toList());
        assertEquals("Sandlådekanal", get(settings.types(Locale.of("sv"))).stream()
                .filter(t -> t.factoryPid().equals(TYPE)).findFirst().orElseThrow().displayName());
    }

    @Test
    void theSandboxKnowledgeBase_isAConfiguredInstanceToo_andASecondOneComesAndGoes() throws Exception {
        String knowledgeType = "org.samklang.sandbox.knowledge";
        PluginTypeView type = get(settings.types(Locale.ENGLISH)).stream()
                .filter(t -> t.factoryPid().equals(knowledgeType)).findFirst().orElseThrow();
        assertEquals(ConnectorStatus.Role.KNOWLEDGE, type.role());
        PluginInstanceView made = await(() -> {
            try {
                return get(settings.instances()).stream().filter(i -> i.instanceId().equals("knowledge.sandbox"))
                        .filter(i -> i.state() == PluginInstanceView.State.RUNNING).findFirst();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "knowledge.sandbox running");
        assertEquals(knowledgeType, made.factoryPid());

        get(settings.create(new PluginInstanceEdit(knowledgeType, "knowledge.second", "Second help centre", true,
                Map.of("latencyMillis", "10")), Locale.ENGLISH));
        ConnectorStatus second = awaitStatus("knowledge.second", s -> s.health() == Health.ONLINE);
        assertEquals(ConnectorStatus.Role.KNOWLEDGE, second.role());
        assertEquals("Second help centre", second.displayName());

        get(settings.remove("knowledge.second", Locale.ENGLISH));
        await(() -> Optional.of(status.connectors()).filter(list -> list.stream()
                .noneMatch(s -> s.id().equals("knowledge.second"))), "knowledge.second gone from the status line");
        assertEquals(Health.ONLINE, awaitStatus("knowledge.sandbox", s -> true).health());
    }

    @Test
    void twoInstancesOfTheSandboxEmailChannel_withDifferentSettings_areTwoChannels() throws Exception {
        get(settings.create(edit("email.second", "Second mailbox", true, Map.of("media", "email",
                "latencyMillis", "150")), Locale.ENGLISH));

        ConnectorStatus second = awaitStatus("email.second", s -> s.health() == Health.ONLINE);
        ConnectorStatus first = awaitStatus("email.sandbox", s -> true);
        assertEquals("Second mailbox", second.displayName());
        assertEquals("Sandbox e-mail", first.displayName());
        assertEquals(ConnectorStatus.Role.CHANNEL, second.role());

        Conversation mail = awaitConversationOf(MediaType.EMAIL);
        List<String> choices = await(() -> Optional.of(channelsOf(conversations.replyOptions(mail.id())))
                .filter(ids -> ids.contains("email.second")), "email.second among the reply choices");
        assertTrue(choices.contains("email.sandbox"), choices.toString());

        PluginInstanceView view = instance("email.second");
        assertEquals(PluginInstanceView.State.RUNNING, view.state());
        assertEquals(Map.of("media", "email", "latencyMillis", "150"), view.values());
    }

    @Test
    void aSettingChangedAtRuntime_reconfiguresTheInstance_withoutARestart() throws Exception {
        get(settings.create(edit("chat.switchable", "", true, Map.of("media", "chat")), Locale.ENGLISH));
        awaitStatus("chat.switchable", s -> s.health() != Health.OFFLINE);

        get(settings.update(edit("chat.switchable", "", true, Map.of("media", "chat", "online", "false")),
                Locale.ENGLISH));
        ConnectorStatus off = awaitStatus("chat.switchable", s -> s.health() == Health.OFFLINE);
        assertEquals("Switched off in the sandbox settings", off.reason());

        get(settings.update(edit("chat.switchable", "Web chat", true, Map.of("media", "chat")), Locale.ENGLISH));
        ConnectorStatus on = awaitStatus("chat.switchable", s -> s.health() != Health.OFFLINE);
        assertEquals("Web chat", on.displayName());
    }

    @Test
    void removingAnInstance_withdrawsItsStatusAndReplyChoice_andKeepsItsConversations() throws Exception {
        get(settings.create(edit("email.third", "", true, Map.of("media", "email")), Locale.ENGLISH));
        awaitStatus("email.third", s -> s.health() == Health.ONLINE);
        Conversation mail = awaitConversationOf(MediaType.EMAIL);
        Address customer = conversations.customer(mail.customerId()).orElseThrow().addresses().stream()
                .filter(address -> address.scheme() == Address.Scheme.MAILTO).findFirst().orElseThrow();
        Message reply = get(conversations.sendReply(mail.id(), ReplyDraft.text("it-third-" + System.nanoTime(),
                "Svar från den tredje brevlådan.").onChannel("email.third").withRecipient(customer)));
        // Sent first: a reply still queued would keep a status item of its own, saying it waits for the channel.
        Message sent = await(() -> conversations.message(reply.id()).filter(m -> !m.deliveryState().isPending()),
                "the reply sent on email.third");
        assertTrue(List.of(DeliveryState.SENT, DeliveryState.DELIVERED, DeliveryState.READ)
                .contains(sent.deliveryState()), sent.toString());

        get(settings.remove("email.third", Locale.ENGLISH));

        await(() -> Optional.of(status.connectors()).filter(list -> list.stream()
                .noneMatch(s -> s.id().equals("email.third"))), "email.third gone from the status line");
        assertFalse(channelsOf(conversations.replyOptions(mail.id())).contains("email.third"));
        assertEquals("email.third", conversations.message(reply.id()).orElseThrow().channelId());
        assertTrue(conversations.conversation(mail.id()).isPresent());
        assertTrue(get(settings.instances()).stream().noneMatch(i -> i.instanceId().equals("email.third")));
    }

    @Test
    void invalidSettings_areRefusedByTheService_andFromAFile_theInstanceKeepsItsLastGoodOnes() throws Exception {
        Path folder = dataDirectory().resolve("plugins.d");
        Files.createDirectories(folder);
        Path file = folder.resolve(TYPE + "-filed.cfg");
        write(file, "samklang.instance = email.filed\nmedia = email\nlatencyMillis = 20\n");
        awaitStatus("email.filed", s -> s.health() == Health.ONLINE);

        write(file, "samklang.instance = email.filed\nmedia = email\nlatencyMillis = abc\ncolour = blue\n");

        ConnectorStatus degraded = awaitStatus("email.filed", s -> s.health() == Health.DEGRADED);
        assertEquals("New settings refused, running on the previous ones: Answer delay (ms): 'abc' is not a whole"
                + " number; 'colour' is not a setting of this plugin", degraded.reason());
        PluginInstanceView view = instance("email.filed");
        assertTrue(view.runsOnEarlierSettings(), view.toString());
        assertEquals(Optional.of(file.toString()), view.provisionedFrom());

        ExecutionException refused = assertRefused(() -> settings.update(edit("email.filed", "", true,
                Map.of("media", "email", "latencyMillis", "soon")), Locale.ENGLISH));
        List<SettingProblem> problems = ((PluginSettingsException) refused.getCause()).problems();
        assertEquals("latencyMillis", problems.get(0).key());
        assertEquals(SettingProblem.Kind.INVALID_VALUE, problems.get(0).kind());
    }

    @Test
    void provisionedFiles_withATakenIdOrNoId_areRefusedNamingTheSetting_andTheRunningInstanceRunsOn()
            throws Exception {
        Path folder = dataDirectory().resolve("plugins.d");
        Files.createDirectories(folder);
        Path twin = folder.resolve(TYPE + "-twin.cfg");
        Path nameless = folder.resolve(TYPE + "-nameless.cfg");
        write(twin, "samklang.instance = email.sandbox\nmedia = email\nlatencyMillis = 5\n");
        write(nameless, "media = chat\n");

        PluginInstanceView refusedTwin = awaitProvisioned(twin);
        PluginInstanceView refusedNameless = awaitProvisioned(nameless);

        assertEquals(PluginInstanceView.State.SETTINGS_REFUSED, refusedTwin.state());
        assertEquals(SettingProblem.INSTANCE_KEY, refusedTwin.problems().get(0).key());
        assertEquals(SettingProblem.Kind.INSTANCE_ID_TAKEN, refusedTwin.problems().get(0).kind());
        assertEquals("Instance id 'email.sandbox' is already used by another instance",
                refusedTwin.problems().get(0).message());
        assertEquals(PluginInstanceView.State.SETTINGS_REFUSED, refusedNameless.state());
        assertEquals(SettingProblem.INSTANCE_KEY, refusedNameless.problems().get(0).key());
        assertTrue(refusedNameless.reason().contains("samklang.instance is missing"), refusedNameless.reason());
        ConnectorStatus original = awaitStatus("email.sandbox", s -> s.health() != Health.OFFLINE);
        assertEquals("Sandbox e-mail", original.displayName());
        assertEquals(1, status.connectors().stream().filter(s -> s.id().equals("email.sandbox")).count(),
                status.connectors().toString());

        Files.delete(twin);
        Files.delete(nameless);
        await(() -> settings.instances().thenApply(all -> all.stream().noneMatch(i -> i.provisionedFrom()
                .filter(from -> from.equals(twin.toString()) || from.equals(nameless.toString())).isPresent()))
                .join() ? Optional.of(true) : Optional.empty(), "the refused files' instances gone");
    }

    @Test
    void noSinkIsOfferedAsAService_pluginsHandInOnlyThroughTheSinkBoundToThem() {
        BundleContext bundleContext = FrameworkUtil.getBundle(PluginInstancesIT.class).getBundleContext();
        assertNull(bundleContext.getServiceReference(InboundSink.class),
                "an unbound InboundSink is registered: any bundle could hand in for any channel");
    }

    @Test
    void aSecretNeverReachesDiskOutsideSecureStorage_andOneInAFileIsRefused() throws Exception {
        String secret = "hemligt-" + System.nanoTime();
        get(settings.create(edit("email.secret", "", true, Map.of("media", "email", "password", secret)),
                Locale.ENGLISH));
        awaitStatus("email.secret", s -> s.health() == Health.ONLINE);
        PluginInstanceView view = instance("email.secret");
        assertEquals(java.util.Set.of("password"), view.secretsSet());
        assertFalse(view.values().containsValue(secret));
        ConnectionTestResult test = get(settings.testConnection(edit("email.secret", "", true,
                Map.of("media", "email")), Locale.ENGLISH));
        assertTrue(test.message().contains("with the password given"), test.message());

        Path data = dataDirectory();
        assertTrue(Files.exists(data.resolve("secure-storage")), "no secure storage in " + data);
        assertTrue(Files.exists(data.resolve("logs").resolve("samklang-0.log")), "no desk log in " + data);
        List<Path> holding = filesContaining(data, secret);
        assertEquals(List.of(), holding, "the secret is in plain text in these files");

        Path folder = data.resolve("plugins.d");
        Files.createDirectories(folder);
        write(folder.resolve(TYPE + "-leaky.cfg"), "samklang.instance = email.leaky\npassword = " + secret + "\n");
        ConnectorStatus refused = awaitStatus("email.leaky", s -> s.health() == Health.OFFLINE);
        assertEquals("Settings refused: Password is a secret: set it in the Settings view, which keeps it in secure"
                + " storage, not in a file", refused.reason());
    }

    @Test
    void testConnection_triesUnsavedValues_andSaysWhatFailed() throws Exception {
        ConnectionTestResult refused = get(settings.testConnection(edit("email.untried", "", true,
                Map.of("media", "email", "online", "false")), Locale.ENGLISH));
        ConnectionTestResult works = get(settings.testConnection(edit("email.untried", "", true,
                Map.of("media", "chat")), Locale.ENGLISH));
        ConnectionTestResult invalid = get(settings.testConnection(edit("email.untried", "", true,
                Map.of("media", "fax")), Locale.ENGLISH));

        assertFalse(refused.succeeded());
        assertEquals("Could not connect to sandbox-email.samklang.example:993: connection refused (the sandbox setting"
                + " Remote reachable is off)", refused.message());
        assertTrue(works.succeeded(), works.message());
        assertEquals("Connected to sandbox-chat.samklang.example:5222 (Sandbox chat)", works.message());
        assertFalse(invalid.succeeded());
        assertEquals("Kind of channel: 'fax' is not one of phone, email, chat, social", invalid.message());
        assertTrue(get(settings.instances()).stream().noneMatch(i -> i.instanceId().equals("email.untried")));
    }

    @Test
    void aDuplicateStartsDisabled_withTheSecrets_andRunsOnceEnabled() throws Exception {
        get(settings.create(edit("social.original", "Original", true, Map.of("media", "social", "password", "pw1")),
                Locale.ENGLISH));
        PluginInstanceView copy = get(settings.duplicate("social.original", "social.copy", "Copy", Locale.ENGLISH));

        assertFalse(copy.enabled());
        assertEquals(PluginInstanceView.State.DISABLED, copy.state());
        assertEquals(java.util.Set.of("password"), copy.secretsSet());
        assertTrue(status.connectors().stream().noneMatch(s -> s.id().equals("social.copy")));

        get(settings.setEnabled("social.copy", true, Locale.ENGLISH));
        assertEquals("Copy", awaitStatus("social.copy", s -> s.health() == Health.ONLINE).displayName());

        ExecutionException taken = assertRefused(() -> settings.create(edit("social.copy", "", true,
                Map.of("media", "social")), Locale.ENGLISH));
        assertEquals(SettingProblem.Kind.INSTANCE_ID_TAKEN,
                ((PluginSettingsException) taken.getCause()).problems().get(0).kind());
    }

    // ------------------------------------------------------------------ helpers

    private static PluginInstanceEdit edit(String id, String name, boolean enabled, Map<String, String> values) {
        return new PluginInstanceEdit(TYPE, id, name, enabled, values);
    }

    private static PluginInstanceView instance(String id) throws Exception {
        return get(settings.instances()).stream().filter(i -> i.instanceId().equals(id)).findFirst().orElseThrow();
    }

    private static PluginInstanceView awaitProvisioned(Path file) {
        return await(() -> settings.instances().join().stream()
                .filter(i -> i.provisionedFrom().filter(file.toString()::equals).isPresent())
                .filter(i -> i.state() != PluginInstanceView.State.STARTING).findFirst(),
                "the instance provisioned from " + file);
    }

    private static List<String> channelsOf(List<ReplyOption> options) {
        return options.stream().map(ReplyOption::channelId).toList();
    }

    private static ConnectorStatus awaitStatus(String id, Predicate<ConnectorStatus> until) {
        return await(() -> status.connectors().stream().filter(s -> s.id().equals(id)).filter(until).findFirst(),
                "status of " + id + " (now " + status.connectors() + ")");
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Optional<T> found = probe.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            found = probe.get();
        }
        return found.orElseThrow(() -> new AssertionError("waited " + WAIT_SECONDS + " s for " + what));
    }

    private static ExecutionException assertRefused(Supplier<CompletableFuture<?>> call) throws Exception {
        try {
            call.get().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertInstanceOf(PluginSettingsException.class, e.getCause());
            return e;
        }
        throw new AssertionError("the change was saved");
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static Conversation awaitConversationOf(MediaType media) throws Exception {
        CompletableFuture<Conversation> found = new CompletableFuture<>();
        try (JournalSubscription subscription = conversations.subscribe(0, event -> {
            if (event instanceof JournalEvent.ConversationOpened opened && opened.mediaType() == media) {
                conversations.conversation(opened.conversationId()).ifPresent(found::complete);
            }
        })) {
            return found.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Writes a provisioning file whole (a temporary file renamed), as IT's tools should. */
    private static void write(Path file, String text) throws Exception {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every regular file under {@code root} whose bytes hold {@code text} (UTF-8 or UTF-16), logs included. */
    private static List<Path> filesContaining(Path root, String text) throws Exception {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    return indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0;
                } catch (java.io.IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Path dataDirectory() {
        return Path.of(System.getProperty("samklang.data"));
    }

    private static <S> S service(Class<S> type) throws InterruptedException {
        BundleContext bundleContext = FrameworkUtil.getBundle(PluginInstancesIT.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        TRACKERS.add(tracker);
        S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertNotNull(service, type.getSimpleName() + " was not registered within " + WAIT_SECONDS + " s");
        return service;
    }
}
