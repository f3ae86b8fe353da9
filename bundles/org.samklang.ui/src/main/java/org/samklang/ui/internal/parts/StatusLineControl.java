package org.samklang.ui.internal.parts;

import java.util.ArrayList;
import java.util.Map;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.samklang.ui.internal.handlers.ShowSettingsHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.ui.internal.model.ConnectorBadge;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.StoreTexts;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The status line in the bottom trim: one compact badge per plugin ("CRM ●", "Mail ◐ reconnecting"), the dot
 * coloured by health, the reason and since when in the tooltip, so a plugin that stopped is seen at once instead
 * of failing silently. While the desk's store cannot save or be opened, its badge comes first ("Store ○ cannot
 * save: disk full"), from the store's own health service.
 */
public class StatusLineControl {

    private static final long REFRESH_INTERVAL_MILLIS = 250;

    /** The command that opens Settings; its parameter names the instance to show. */
    static final String SETTINGS_COMMAND = "org.samklang.command.perspective.settings";

    @Inject
    UISynchronize sync;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    ECommandService commands;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    EHandlerService handlers;

    private final UiMessages messages = UiMessages.current();
    private final TimeTexts times = new TimeTexts(Clock.systemDefaultZone(), messages);
    private final StoreTexts storeTexts = new StoreTexts(messages, times);
    private AtomicReference<List<ConnectorStatus>> latest = new AtomicReference<>();
    private final AtomicReference<StoreHealth> storeHealth = new AtomicReference<>();
    private volatile StoreHealthService storeService;
    private StoreHealthService storeShown;
    private AutoCloseable storeSubscription;
    private volatile ConnectorStatusService statusService;
    private ConnectorStatusService shown;
    private AutoCloseable subscription;
    private RefreshThrottle throttle;
    private UiThread threads;
    private Composite box;
    private Palette palette;

    @PostConstruct
    public void create(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = false;
        row.spacing = 2;
        row.marginTop = 2;
        row.marginBottom = 2;
        row.marginLeft = Layouts.MARGIN;
        row.marginRight = Layouts.MARGIN;
        box.setLayout(row);
        palette = new Palette(box);
        threads = new UiThread(sync, box, "status");
        throttle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, UiThread::nowMillis, threads,
                () -> threads.ui(this::showLatest));
        storeChanged();
        serviceChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindStore(@Service StoreHealthService service) {
        storeService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::storeChanged);
        }
    }

    private void storeChanged() {
        if (box == null || box.isDisposed() || storeService == storeShown) {
            return;
        }
        if (storeSubscription != null) {
            Subscriptions.close(storeSubscription, "store health");
            storeSubscription = null;
        }
        storeShown = storeService;
        storeHealth.set(null);
        if (storeShown != null) {
            storeSubscription = storeShown.subscribe(health -> {
                storeHealth.set(health);
                throttle.request();
            });
        }
        showLatest();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindStatus(@Service ConnectorStatusService service) {
        statusService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::serviceChanged);
        }
    }

    @PreDestroy
    void dispose() {
        unsubscribe();
        if (storeSubscription != null) {
            Subscriptions.close(storeSubscription, "store health");
        }
        throttle.close();
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void serviceChanged() {
        if (box == null || box.isDisposed() || (statusService == shown && box.getChildren().length > 0)) {
            return;
        }
        unsubscribe();
        shown = statusService;
        if (shown == null) {
            showLatest();
            return;
        }
        // A fresh holder per subscription, so a late call of a closed subscription cannot leave a stale list.
        AtomicReference<List<ConnectorStatus>> statuses = new AtomicReference<>();
        latest = statuses;
        subscription = shown.subscribe(list -> {
            statuses.set(list);
            throttle.request();
        });
        statuses.compareAndSet(null, shown.connectors());
        showLatest();
    }

    /** The store's badge when it is not well, then the plugins' (or why there are none yet). */
    private void showLatest() {
        if (box == null || box.isDisposed()) {
            return;
        }
        clear();
        StoreHealth store = storeHealth.get();
        Optional<ConnectorBadge> storeBadge = store == null ? Optional.empty() : storeTexts.badge(store);
        storeBadge.ifPresent(this::badge);
        List<ConnectorStatus> statuses = latest.get();
        if (shown == null || statuses == null) {
            // A store that cannot be opened means no plugin will connect: its badge says why, not "connecting".
            if (storeBadge.isEmpty()) {
                label(messages.format("status.connecting"), Tone.MUTED, null);
            }
        } else if (statuses.isEmpty()) {
            label(messages.format("status.none"), Tone.MUTED, null);
        }
        for (ConnectorStatus status : statuses == null || shown == null ? List.<ConnectorStatus>of() : statuses) {
            badge(ConnectorBadge.of(status, messages, times), true);
        }
        box.requestLayout();
    }

    private void badge(ConnectorBadge badge) {
        badge(badge, false);
    }

    /** A badge; a plugin's opens its settings when clicked, the store's does not (it has none). */
    private void badge(ConnectorBadge badge, boolean opensSettings) {
        List<Label> parts = new ArrayList<>();
        parts.add(label(badge.name(), Tone.NORMAL, badge.tooltip()));
        parts.add(label(badge.dot(), badge.tone(), badge.tooltip()));
        if (!badge.note().isEmpty()) {
            parts.add(label(badge.note(), Tone.MUTED, badge.tooltip()));
        }
        if (opensSettings) {
            for (Label part : parts) {
                part.setCursor(box.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
                part.addListener(SWT.MouseUp, e -> openSettings(badge.id()));
            }
        }
        // A wider gap after each badge than between its own parts keeps "CRM ● ERP ●" readable.
        Label gap = new Label(box, SWT.NONE);
        gap.setLayoutData(new RowData(Layouts.MARGIN, SWT.DEFAULT));
    }

    private void openSettings(String instanceId) {
        if (commands == null || handlers == null) {
            return;
        }
        ParameterizedCommand command = commands.createCommand(SETTINGS_COMMAND,
                Map.of(ShowSettingsHandler.INSTANCE, instanceId));
        if (command != null) {
            handlers.executeHandler(command);
        }
    }

    private Label label(String text, Tone tone, String tooltip) {
        Label label = new Label(box, SWT.NONE);
        label.setText(text);
        label.setForeground(palette.foreground(tone));
        label.setToolTipText(tooltip);
        return label;
    }

    private void clear() {
        for (Control child : box.getChildren()) {
            child.dispose();
        }
    }

    private void unsubscribe() {
        latest = new AtomicReference<>();
        if (subscription != null) {
            Subscriptions.close(subscription, "connector status");
            subscription = null;
        }
    }
}
