package org.samklang.ui.internal.parts;

import org.samklang.ui.internal.model.MyStateAbsence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.IdentityService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.ui.internal.model.PresenceTexts;
import org.samklang.ui.internal.model.QueueTexts;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The presence and overflow region: my state, the live queue strip with service levels, overflow in progress,
 * and a few colleagues with reason, until time and substitute. Live: presence changes and queue figures arrive
 * from their services and are shown at most four times a second.
 */
public class PresenceOverflowPart {

    private static final long REFRESH_INTERVAL_MILLIS = 250;
    private static final int SIDE_WIDTH = 250;
    private static final int COLLEAGUES_WIDTH = 340;

    @Inject
    UISynchronize sync;

    private final UiMessages messages = UiMessages.current();
    private AtomicReference<List<QueueFigures>> latestQueues = new AtomicReference<>();
    private volatile PresenceService presenceService;
    private volatile QueueService queueService;
    private PresenceService shownPresence;
    private QueueService shownQueues;
    private PresenceService.Subscription presenceSubscription;
    private AutoCloseable queueSubscription;
    private RefreshThrottle presenceThrottle;
    private RefreshThrottle queueThrottle;
    private UiThread threads;
    private ConnectingPane pane;
    private MyStateView myState;
    private volatile IdentityService identityService;
    private QueueStripView queues;
    private ColleaguesView colleagues;

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "presence");
        pane = new ConnectingPane(parent, messages);
        Palette palette = new Palette(parent);
        TimeTexts times = new TimeTexts(Clock.systemDefaultZone(), messages);
        PresenceTexts presenceTexts = new PresenceTexts(messages, times);
        Composite content = pane.content();
        content.setLayout(Layouts.grid(3, false));
        myState = new MyStateView(column(content, SIDE_WIDTH, false), messages, presenceTexts, palette);
        Composite strip = column(content, SWT.DEFAULT, true);
        Label queuesTitle = new Label(strip, SWT.NONE);
        queuesTitle.setText(messages.format("queues.heading"));
        queuesTitle.setFont(palette.bold());
        queues = new QueueStripView(strip, strip, messages, new QueueTexts(messages, times), palette);
        colleagues = new ColleaguesView(column(content, COLLEAGUES_WIDTH, false), messages, presenceTexts,
                palette);
        servicesChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindPresence(@Service PresenceService service) {
        presenceService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    /** Whether anybody is signed in: without a presence service, My state says which of the two it is. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindIdentity(@Service IdentityService service) {
        identityService = service;
        if (threads != null) {
            threads.uiNowOrLater(() -> {
                if (shownPresence == null && myState != null) {
                    myState.bind(null, MyStateAbsence.of(service != null && service.needsAsking(),
                            queueService != null));
                }
            });
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindQueues(@Service QueueService service) {
        queueService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    @PreDestroy
    void dispose() {
        unsubscribePresence();
        unsubscribeQueues();
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void servicesChanged() {
        if (queues == null || pane.control().isDisposed()) {
            return;
        }
        pane.showContent(presenceService != null || queueService != null);
        if (presenceService != shownPresence) {
            connectPresence(presenceService);
        }
        if (queueService != shownQueues) {
            connectQueues(queueService);
            if (shownPresence == null) {
                myState.bind(null, MyStateAbsence.of(identityService != null && identityService.needsAsking(),
                        queueService != null));
            }
        }
    }

    private void connectPresence(PresenceService service) {
        unsubscribePresence();
        shownPresence = service;
        myState.bind(service, MyStateAbsence.of(identityService != null && identityService.needsAsking(),
                queueService != null));
        colleagues.bind(service);
        if (service == null) {
            return;
        }
        presenceThrottle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, UiThread::nowMillis, threads,
                () -> threads.ui(() -> {
                    myState.refresh();
                    colleagues.refresh();
                }));
        RefreshThrottle throttle = presenceThrottle;
        presenceSubscription = service.subscribe(change -> throttle.request());
    }

    private void connectQueues(QueueService service) {
        unsubscribeQueues();
        shownQueues = service;
        if (service == null) {
            queues.showConnecting();
            return;
        }
        // A fresh holder per subscription, so a late call of a closed subscription cannot leave stale figures.
        AtomicReference<List<QueueFigures>> latest = new AtomicReference<>();
        latestQueues = latest;
        queueThrottle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, UiThread::nowMillis, threads,
                () -> threads.ui(this::showLatestQueues));
        RefreshThrottle throttle = queueThrottle;
        queueSubscription = service.subscribe(list -> {
            latest.set(list);
            throttle.request();
        });
        latest.compareAndSet(null, service.queues());
        showLatestQueues();
    }

    private void showLatestQueues() {
        List<QueueFigures> latest = latestQueues.get();
        if (latest != null && shownQueues != null) {
            queues.show(latest);
        }
    }

    private void unsubscribePresence() {
        if (presenceSubscription != null) {
            presenceSubscription.close();
            presenceThrottle.close();
            presenceSubscription = null;
        }
    }

    private void unsubscribeQueues() {
        latestQueues = new AtomicReference<>();
        if (queueSubscription != null) {
            Subscriptions.close(queueSubscription, "queue");
            queueThrottle.close();
            queueSubscription = null;
        }
    }

    private static Composite column(Composite parent, int widthHint, boolean grab) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setLayout(Layouts.tight(1, false));
        GridData data = new GridData(SWT.FILL, SWT.FILL, grab, true);
        data.widthHint = widthHint;
        column.setLayoutData(data);
        return column;
    }
}
