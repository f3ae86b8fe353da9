package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.ui.internal.model.CustomerNames;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.InboxChunk;
import org.samklang.ui.internal.model.InboxLoader;
import org.samklang.ui.internal.model.InboxPager;
import org.samklang.ui.internal.model.InboxRowFormatter;
import org.samklang.ui.internal.model.JournalFeed;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The conversations region: every conversation on every channel in one virtual list, paged from the store as it
 * scrolls, refreshed (at most four times a second) when the journal reports changes. The conversation opened here
 * becomes the window's selection, which the conversation, customer and knowledge parts follow.
 */
public class ConversationListPart {

    private static final long REFRESH_INTERVAL_MILLIS = 250;
    private static final long RETRY_MILLIS = 5_000;
    /** Waiting times are minutes, so repainting them twice a minute is plenty. */
    private static final int TICK_MILLIS = 30_000;

    @Inject
    UISynchronize sync;

    @Inject
    ESelectionService selectionService;

    private final UiMessages messages = UiMessages.current();
    private final InboxPager pager = new InboxPager();
    private volatile ConversationService conversationService;
    private volatile PresenceService presenceService;
    private ConversationService connected;
    private UiThread threads;
    private ConnectingPane pane;
    private InboxFilterBar filters;
    private InboxTable table;
    private Label footer;
    private Listener ctrlK;
    private InboxLoader loader;
    private CustomerNames names;
    private JournalFeed feed;
    private RefreshThrottle throttle;
    private String feedProblem;

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "conversations");
        pane = new ConnectingPane(parent, messages);
        Composite content = pane.content();
        content.setLayout(Layouts.grid(1, false));
        filters = new InboxFilterBar(content, messages, () -> reload(false), () -> table.focus());
        table = new InboxTable(content, pager, new InboxRowFormatter(messages, Clock.systemDefaultZone()),
                this::fetch, this::open);
        footer = new Label(content, SWT.NONE);
        footer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        installCtrlK(parent);
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

    @PreDestroy
    void dispose() {
        disconnect();
        if (threads != null) {
            threads.shutdown();
        }
        if (ctrlK != null && !footer.isDisposed()) {
            footer.getDisplay().removeFilter(SWT.KeyDown, ctrlK);
        }
    }

    private void servicesChanged() {
        if (footer == null || footer.isDisposed()) {
            return;
        }
        boolean viewChanged = filters.setMineAvailable(presenceService != null,
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
        loader = new InboxLoader(service, names);
        throttle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, UiThread::nowMillis, threads,
                () -> threads.ui(() -> reload(true)));
        feed = new JournalFeed(service, new FeedListener(names, throttle), threads);
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
        InboxPager.Request request = pager.begin(filters.source(myId()), keepRows);
        if (!keepRows) {
            table.rowsChanged(true, 0);
        }
        showFooter();
        fetch(request);
    }

    private void fetch(InboxPager.Request request) {
        InboxLoader current = loader;
        if (connected == null) {
            return;
        }
        threads.background(() -> {
            try {
                InboxChunk chunk = current.load(request.source(), request.page());
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
        table.rowsChanged(request.page().cursor().isEmpty(), loadedBefore);
        showFooter();
        pager.nextRequest().ifPresent(this::fetch);
    }

    private void open(Conversation conversation) {
        selectionService.setSelection(conversation);
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

    /** Ctrl+K from anywhere in this window puts the cursor in the search field (the window has no other use). */
    private void installCtrlK(Composite parent) {
        ctrlK = (Event e) -> {
            boolean ctrlOnly = (e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1;
            if (ctrlOnly && (e.keyCode == 'k' || e.keyCode == 'K') && !footer.isDisposed()
                    && footer.getShell() == footer.getDisplay().getActiveShell() && connected != null) {
                e.doit = false;
                filters.focusSearch();
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, ctrlK);
    }

    /** Journal events: refresh the list (throttled), forget customer names when identities moved. */
    private final class FeedListener implements JournalFeed.Listener {

        private final CustomerNames feedNames;
        private final RefreshThrottle feedThrottle;

        FeedListener(CustomerNames feedNames, RefreshThrottle feedThrottle) {
            this.feedNames = feedNames;
            this.feedThrottle = feedThrottle;
        }

        @Override
        public void onEvent(JournalEvent event) {
            if (event instanceof JournalEvent.PresenceChanged || event instanceof JournalEvent.CustomerCreated
                    || event instanceof JournalEvent.DeliveryStateChanged) {
                return; // nothing the list shows
            }
            if (event instanceof JournalEvent.CustomersMerged || event instanceof JournalEvent.CustomerSplit) {
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
}
