package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.ui.internal.model.CustomerNames;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.InboxChunk;
import org.samklang.ui.internal.model.InboxLoader;
import org.samklang.ui.internal.model.InboxPager;
import org.samklang.ui.internal.model.InboxRowFormatter;
import org.samklang.ui.internal.model.JournalFeed;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.SlaClock;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The conversations region: every conversation on every channel in one virtual list, paged from the store as it
 * scrolls, refreshed (at most four times a second) when the journal reports changes. The conversation opened here
 * becomes the window's selection, which the conversation, customer and knowledge parts follow. Above the list, the
 * offer bar shows work the router offers me; new messages on my conversations are marked unread and counted in the
 * window title ({@link ArrivalNotices}). The public methods are the part's commands (see the handlers package).
 */
public class ConversationListPart {

    private static final long REFRESH_INTERVAL_MILLIS = 250;
    private static final long RETRY_MILLIS = 5_000;
    /**
     * Waiting times count in seconds and change colour at 80 % of a 20 s phone target: the visible rows are
     * repainted every second, as the queue figures are, so the list and the figures agree.
     */
    private static final int TICK_MILLIS = 1_000;
    /** Only with the test probe on: how long a filter change takes until its first rows are in the table. */
    private static final boolean TIMED = System.getProperty("samklang.probe") != null;
    private static final System.Logger LOG = System.getLogger(ConversationListPart.class.getName());

    @Inject
    UISynchronize sync;

    @Inject
    ESelectionService selectionService;

    @Inject
    MWindow window;

    private final UiMessages messages = UiMessages.current();
    private final InboxPager pager = new InboxPager();
    private volatile ConversationService conversationService;
    private volatile PresenceService presenceService;
    private volatile CallService callService;
    private ScreenPopController popper;
    private volatile QueueService queueService;
    /** SLA targets per media type, from the queues: colours the waiting time and feeds the "At risk" view. */
    private final SlaClock sla = new SlaClock();
    private AutoCloseable slaTargets;
    private ConversationService connected;
    private UiThread threads;
    private ConnectingPane pane;
    private InboxFilterBar filters;
    private InboxTable table;
    private Label footer;
    private OfferBar offers;
    private ArrivalNotices notices;
    private ConversationId openedId;
    private InboxLoader loader;
    private CustomerNames names;
    private JournalFeed feed;
    private RefreshThrottle throttle;
    private String feedProblem;
    private long filterStartedNanos;
    private String filterSteps = "";

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "conversations");
        pane = new ConnectingPane(parent, messages);
        Composite content = pane.content();
        content.setLayout(Layouts.grid(1, false));
        Palette palette = new Palette(parent);
        filters = new InboxFilterBar(content, messages, () -> reload(false), () -> table.focus());
        table = new InboxTable(content, pager, new InboxRowFormatter(messages, Clock.systemDefaultZone(), sla),
                this::fetch, this::open);
        table.showSla(palette);
        // Offers and call banners come and go below the list, not above it: the rows must not jump away from
        // under the mouse (or the agent's eyes) when one appears. The list gives up height at its bottom instead.
        offers = new OfferBar(content, messages, palette, threads);
        popper = new ScreenPopController(content, messages, new Palette(parent), threads, this::open);
        popper.onPop(call -> window.getContext().set(ScreenPopController.POPPED_CALL, call));
        footer = new Label(content, SWT.NONE);
        footer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        notices = new ArrivalNotices(threads, parent.getShell(), window.getLocalizedLabel(), messages, table, palette,
                this::myId, () -> Optional.ofNullable(openedId));
        offers.connect(() -> queueService, this::myId, this::customerOf, notices::offers, this::openAccepted);
        parent.getDisplay().timerExec(TICK_MILLIS, this::tick);
        servicesChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindConversations(@Service ConversationService service) {
        conversationService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindPresence(@Service PresenceService service) {
        presenceService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    /** The screen pop follows the desk's calls while a call service is there. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindCalls(@Service CallService service) {
        callService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindQueues(@Service QueueService service) {
        queueService = service; // read by the offer bar's poll on the UI thread
        sla.update(service.queues());
        Subscriptions.close(slaTargets, "SLA targets");
        slaTargets = service.subscribe(sla::update);
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged); // "My queues" becomes available
        }
    }

    /** Moves the keyboard into the list. */
    public void focusList() {
        table.focus();
    }

    /** Puts the cursor in the search field (Ctrl+K). */
    public void focusSearch() {
        filters.focusSearch();
    }

    /** Shows All, Mine or Unassigned, as the filter buttons do. */
    public void showView(InboxQuery.View view) {
        filters.choose(view);
    }

    /** Opens the conversation {@code delta} rows below the highlighted one (negative: above). */
    public void moveSelection(int delta) {
        table.move(delta);
    }

    /** Accepts the offer in the offer bar, if there is one. */
    public void acceptOffer() {
        offers.acceptOffer();
    }

    /** Declines the offer in the offer bar, if there is one. */
    public void declineOffer() {
        offers.declineOffer();
    }

    @PreDestroy
    void dispose() {
        Subscriptions.close(slaTargets, "SLA targets");
        disconnect();
        if (popper != null) {
            popper.close();
        }
        if (threads != null) {
            threads.shutdown();
        }
        if (notices != null) {
            notices.dispose();
        }
    }

    private void servicesChanged() {
        if (footer == null || footer.isDisposed()) {
            return;
        }
        popper.connect(callService, conversationService);
        boolean viewChanged = filters.setMineAvailable(presenceService != null, queueService != null,
                messages.format("list.filter.mine.unavailable"));
        ConversationService service = conversationService;
        if (service == connected) {
            if (viewChanged) {
                reload(false);
            }
            return;
        }
        disconnect();
        connected = service;
        pane.showContent(service != null);
        if (service == null) {
            return;
        }
        names = new CustomerNames(service, messages);
        loader = new InboxLoader(service, names, sla, Clock.systemDefaultZone());
        throttle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, UiThread::nowMillis, threads,
                () -> threads.ui(() -> reload(true)));
        feed = new JournalFeed(service, new FeedListener(service, names, throttle), threads);
        threads.background(feed::start);
        reload(false);
    }

    private void disconnect() {
        if (feed != null) {
            feed.close();
            throttle.close();
            feed = null;
        }
        connected = null;
    }

    private void reload(boolean keepRows) {
        if (connected == null) {
            return;
        }
        long started = System.nanoTime();
        InboxPager.Request request = pager.begin(filters.source(myId(), myQueues()), keepRows);
        if (!keepRows) {
            table.rowsChanged(true, 0);
        }
        showFooter();
        if (TIMED && !keepRows) {
            filterStartedNanos = started;
            filterSteps = " emptied=" + millisSince(started);
        }
        fetch(request);
    }

    private void fetch(InboxPager.Request request) {
        InboxLoader current = loader;
        if (connected == null) {
            return;
        }
        long queuedAt = System.nanoTime();
        threads.background(() -> {
            try {
                long startedAt = System.nanoTime();
                InboxChunk chunk = current.load(request.source(), request.page());
                if (TIMED && request.page().cursor().isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, "list-load waited {0} ms, loaded in {1} ms",
                            Long.toString((startedAt - queuedAt) / 1_000_000),
                            Long.toString((System.nanoTime() - startedAt) / 1_000_000));
                }
                threads.ui(() -> accept(request, chunk));
            } catch (RuntimeException e) {
                threads.ui(() -> failed(request, e));
            }
        });
    }

    /** Shows why reading failed and tries again a little later (the store may be back by then). */
    private void failed(InboxPager.Request request, RuntimeException error) {
        if (pager.failed(request, error)) {
            showFooter();
            ConversationService failedWith = connected;
            threads.schedule(() -> threads.ui(() -> {
                if (connected == failedWith && pager.failure().isPresent()) {
                    reload(true);
                }
            }), RETRY_MILLIS);
        }
    }

    private void accept(InboxPager.Request request, InboxChunk chunk) {
        int loadedBefore = pager.loadedCount();
        if (!pager.accept(request, chunk)) {
            return;
        }
        boolean timed = TIMED && filterStartedNanos != 0 && request.page().cursor().isEmpty();
        String arrived = timed ? " accepted=" + millisSince(filterStartedNanos) : "";
        table.rowsChanged(request.page().cursor().isEmpty(), loadedBefore);
        String tabled = timed ? " tabled=" + millisSince(filterStartedNanos) : "";
        showFooter();
        if (timed) {
            // The steps (ms since the change) tell a slow change's table work from its wait for the UI thread.
            LOG.log(System.Logger.Level.INFO, "list-filter {0} rows={1}{2}",
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - filterStartedNanos) / 1e6),
                    Integer.toString(pager.itemCount()), filterSteps + arrived + tabled);
            filterStartedNanos = 0;
        }
        pager.nextRequest().ifPresent(this::fetch);
    }

    private void open(Conversation conversation) {
        openedId = conversation.id();
        notices.opened(conversation.id());
        selectionService.setSelection(conversation);
    }

    /** After an accepted offer: open the conversation, read off the UI thread, and show it in the list. */
    private void openAccepted(ConversationId id) {
        ConversationService service = connected;
        if (service == null) {
            return;
        }
        threads.background(() -> {
            try {
                service.conversation(id).ifPresent(c -> threads.ui(() -> {
                    open(c);
                    reload(true);
                }));
            } catch (RuntimeException e) {
                threads.ui(() -> reload(true)); // the store hiccupped; the list will show it once it is back
            }
        });
    }

    /** The customer's name for the offer bar; reads the store, so background thread only. */
    private Optional<String> customerOf(ConversationId id) {
        ConversationService service = connected;
        CustomerNames customerNames = names;
        if (service == null || customerNames == null) {
            return Optional.empty();
        }
        return service.conversation(id).map(c -> customerNames.nameOf(c.customerId()));
    }

    /** The queues routing offers me work from; read per reload, as routing learns the agents after the start. */
    private Optional<Set<String>> myQueues() {
        QueueService queues = queueService;
        return queues == null ? Optional.empty() : myId().map(id -> Set.copyOf(queues.queuesOf(id)));
    }

    private Optional<String> myId() {
        PresenceService presence = presenceService;
        return presence == null ? Optional.empty() : Optional.of(presence.myPresence().personId());
    }

    private void showFooter() {
        String text = pager.footer(messages);
        if (feedProblem != null) {
            text = messages.format("list.footer.feedProblem", text, feedProblem);
        }
        footer.setText(text);
        footer.setToolTipText(text);
    }

    private void tick() {
        if (!footer.isDisposed()) {
            table.refreshVisible();
            footer.getDisplay().timerExec(TICK_MILLIS, this::tick);
        }
    }

    /** Journal events: refresh the list (throttled), forget customer names when identities moved. */
    private final class FeedListener implements JournalFeed.Listener {

        private final ConversationService feedService;
        private final CustomerNames feedNames;
        private final RefreshThrottle feedThrottle;

        FeedListener(ConversationService feedService, CustomerNames feedNames, RefreshThrottle feedThrottle) {
            this.feedService = feedService;
            this.feedNames = feedNames;
            this.feedThrottle = feedThrottle;
        }

        @Override
        public void onEvent(JournalEvent event) {
            notices.journal(event, feedService);
            if (event instanceof JournalEvent.PresenceChanged || event instanceof JournalEvent.CustomerCreated
                    || event instanceof JournalEvent.DeliveryStateChanged) {
                return; // nothing the list shows
            }
            if (event instanceof JournalEvent.CustomersMerged || event instanceof JournalEvent.CustomerSplit
                    || event instanceof JournalEvent.CustomerRenamed) {
                feedNames.forget();
            }
            feedThrottle.request();
        }

        @Override
        public void onFeedFailed(Throwable failure) {
            String text = FailureTexts.describe(failure, messages);
            threads.ui(() -> {
                feedProblem = text;
                showFooter();
            });
        }

        @Override
        public void onFeedResumed() {
            threads.ui(() -> {
                feedProblem = null;
                reload(true);
            });
        }
    }

    private static String millisSince(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - nanos) / 1e6);
    }
}
