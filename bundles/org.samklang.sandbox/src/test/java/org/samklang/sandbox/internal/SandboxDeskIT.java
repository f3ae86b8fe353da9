package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.CustomerContextService;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ContextSection;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerContext;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.ReplyDraft;

/**
 * The desk as the product runs it: the core engine and the sandbox inside Equinox, wired by Declarative
 * Services. Every service the UI uses is registered and shows sandbox data; a reply goes out through the outbox
 * to a sandbox channel and its delivery state comes back through the journal.
 */
class SandboxDeskIT {

    private static final long WAIT_SECONDS = 60;
    private static final List<ServiceTracker<?, ?>> TRACKERS = new java.util.ArrayList<>();

    private static ConversationService conversations;
    private static QueueService queues;
    private static ConnectorStatusService status;
    private static PresenceService presence;
    private static KnowledgeService knowledge;
    private static CustomerContextService context;

    @BeforeAll
    static void services() throws InterruptedException {
        conversations = service(ConversationService.class);
        queues = service(QueueService.class);
        status = service(ConnectorStatusService.class);
        presence = service(PresenceService.class);
        knowledge = service(KnowledgeService.class);
        context = service(CustomerContextService.class);
    }

    @AfterAll
    static void closeTrackers() {
        TRACKERS.forEach(ServiceTracker::close);
    }

    @Test
    void sandboxTrafficReachesTheInboxOnEveryChannel() throws Exception {
        Set<MediaType> seen = EnumSet.noneOf(MediaType.class);
        CountDownLatch allFour = new CountDownLatch(1);
        try (JournalSubscription subscription = conversations.subscribe(0, event -> {
            if (event instanceof JournalEvent.ConversationOpened opened) {
                synchronized (seen) {
                    seen.add(opened.mediaType());
                    if (seen.size() == MediaType.values().length) {
                        allFour.countDown();
                    }
                }
            }
        })) {
            assertTrue(allFour.await(WAIT_SECONDS, TimeUnit.SECONDS), "conversations opened only on " + seen);
        }
        var page = conversations.inbox(InboxQuery.of(InboxQuery.View.OPEN), PageRequest.first(50));
        assertFalse(page.items().isEmpty(), "the inbox is empty");
        assertTrue(page.totalCount() >= page.items().size(), "total below the page size: " + page.totalCount());
    }

    @Test
    void aControlFileRingsTheDesk_thePopCarriesConversationAndCustomer_andTheCallIsJournalled() throws Exception {
        new DeskPhoneScenario(service(CallService.class), conversations, WAIT_SECONDS).run();
    }

    @Test
    void everySandboxPluginReportsItsHealth() throws Exception {
        CompletableFuture<List<ConnectorStatus>> complete = new CompletableFuture<>();
        // Five connectors and the four channel instances the sandbox made on its first start.
        java.util.function.Predicate<List<ConnectorStatus>> whole = list -> list.size() >= 9 && list.stream()
                .filter(s -> s.id().endsWith(".sandbox")).count() >= 9;
        try (AutoCloseable subscription = status.subscribe(list -> {
            if (whole.test(list)) {
                complete.complete(list);
            }
        })) {
            List<ConnectorStatus> now = status.connectors();
            List<ConnectorStatus> list = whole.test(now) ? now : complete.get(WAIT_SECONDS, TimeUnit.SECONDS);
            Set<ConnectorStatus.Role> roles = list.stream().map(ConnectorStatus::role).collect(Collectors.toSet());
            // The store has its own health service; the configuration is listed only when it has a problem.
            assertEquals(EnumSet.complementOf(EnumSet.of(ConnectorStatus.Role.STORE,
                    ConnectorStatus.Role.CONFIGURATION)), roles,
                    "roles reported: " + list);
            // Channels are shown by the names they give themselves, not by their ids ("Email.sandbox"). The
            // sandbox made its four default instances on the first start; PluginInstancesIT may add more.
            Map<String, String> defaults = list.stream().filter(s -> s.role() == ConnectorStatus.Role.CHANNEL
                    && s.id().endsWith(".sandbox")).collect(Collectors.toMap(ConnectorStatus::id,
                            ConnectorStatus::displayName));
            assertEquals(Map.of("phone.sandbox", "Sandbox phone", "email.sandbox", "Sandbox e-mail", "chat.sandbox",
                    "Sandbox chat", "social.sandbox", "Sandbox social"), defaults,
                    list.toString());
        }
    }

    @Test
    void theDirectoryAndKnowledgeBaseAreSearchable() throws Exception {
        PersonPage page = awaitDirectory();
        assertTrue(page.total() >= 300, "directory total " + page.total());
        assertFalse(knowledge.search("faktura", 5).isEmpty(), "no knowledge article about invoices");
        assertNotNull(presence.myPresence(), "no presence for the signed-in agent");
    }

    @Test
    void aKnownCustomerPopsWithTheirCrmRecordAndOrders() throws Exception {
        Conversation conversation = awaitConversationOf(MediaType.EMAIL);
        Customer customer = conversations.customer(conversation.customerId()).orElseThrow();
        CompletableFuture<CustomerContext> settled = new CompletableFuture<>();
        try (CustomerContextService.Handle handle = context.open(customer.addresses().get(0), snapshot -> {
            if (snapshot.crm().state() != ContextSection.State.LOADING
                    && snapshot.orders().state() != ContextSection.State.LOADING
                    && snapshot.earlier().state() != ContextSection.State.LOADING) {
                settled.complete(snapshot);
            }
        })) {
            CustomerContext card = settled.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(card.customer().isPresent(), "the store does not know the customer: " + card);
            assertEquals(ContextSection.State.LOADED, card.earlier().state(), card.toString());
            assertTrue(card.earlier().value().orElseThrow().stream().anyMatch(c -> c.id().equals(conversation.id())),
                    "earlier conversations miss the one we came from");
            assertTrue(Set.of(ContextSection.State.LOADED, ContextSection.State.NOT_FOUND)
                    .contains(card.crm().state()), "CRM did not settle cleanly: " + card.crm());
        }
    }

    @Test
    void aReplyIsSentThroughTheSandboxChannelAndItsStateComesBackThroughTheJournal() throws Exception {
        Conversation conversation = awaitConversationOf(MediaType.EMAIL);
        long from = conversations.lastSequence();
        CompletableFuture<DeliveryState> sent = new CompletableFuture<>();
        Message[] reply = new Message[1];
        JournalListener listener = event -> {
            if (event instanceof JournalEvent.DeliveryStateChanged changed && reply[0] != null
                    && changed.messageId().equals(reply[0].id()) && changed.state() == DeliveryState.SENT) {
                sent.complete(changed.state());
            }
        };
        try (JournalSubscription subscription = conversations.subscribe(from, listener)) {
            reply[0] = conversations.sendReply(conversation.id(),
                    ReplyDraft.text("it-" + System.nanoTime(), "Tack för ditt mejl! Vi återkommer i dag."))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(DeliveryState.SENT, sent.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    private static Conversation awaitConversationOf(MediaType media) throws InterruptedException {
        CompletableFuture<Conversation> found = new CompletableFuture<>();
        try (JournalSubscription subscription = conversations.subscribe(0, event -> {
            if (event instanceof JournalEvent.ConversationOpened opened && opened.mediaType() == media) {
                conversations.conversation(opened.conversationId()).ifPresent(found::complete);
            }
        })) {
            return found.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no " + media + " conversation within " + WAIT_SECONDS + " s", e);
        }
    }

    /** The directory arrives from the sandbox's presence source shortly after start; wait for its change. */
    private static PersonPage awaitDirectory() throws Exception {
        CompletableFuture<PersonPage> loaded = new CompletableFuture<>();
        try (PresenceService.Subscription subscription = presence.subscribe(change -> {
            PersonPage page = presence.searchDirectory(PersonQuery.text(""));
            if (page.total() > 0) {
                loaded.complete(page);
            }
        })) {
            PersonPage now = presence.searchDirectory(PersonQuery.text(""));
            return now.total() > 0 ? now : loaded.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static <S> S service(Class<S> type) throws InterruptedException {
        BundleContext bundleContext = FrameworkUtil.getBundle(SandboxDeskIT.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        TRACKERS.add(tracker);
        S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertNotNull(service, type.getSimpleName() + " was not registered within " + WAIT_SECONDS + " s");
        return service;
    }
}
